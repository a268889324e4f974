import { ReferenceKind, type EntityName, type EntityProperty } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/** PostgreSQL takes at most 65,535 bind parameters in one statement. */
const MAX_PARAMETERS = 60_000;

/**
 * Inserts new entities as multi-row INSERTs with bind parameters, in the EntityManager's current
 * transaction. MikroORM's own insertMany inlines every value into the SQL text, which for a page of
 * a thousand rows with JSON costs more than PostgreSQL's whole insert; this sends the values as
 * parameters instead. Values go through the mappings' types (JSON, bigint...) as MikroORM would
 * convert them. Like insertMany, it bypasses the unit of work: callers build rows for the account
 * they are scoped to.
 */
export async function bulkInsert<T extends object>(
  em: EntityManager,
  entityName: EntityName<T>,
  entities: T[],
): Promise<void> {
  if (entities.length === 0) return;
  const meta = em
    .getMetadata()
    .get<T>(typeof entityName === 'string' ? entityName : (entityName as { name: string }).name);
  const platform = em.getPlatform();
  const columns = meta.props.filter((prop) => prop.persist !== false && prop.kind === ReferenceKind.SCALAR);
  const toDatabase = (prop: EntityProperty<T>, value: unknown) =>
    prop.customType && value !== null && value !== undefined
      ? prop.customType.convertToDatabaseValue(value, platform, { mode: 'query-data' })
      : (value ?? null);
  const rows = entities.map((entity) =>
    Object.fromEntries(
      columns.map((prop) => [prop.fieldNames[0], toDatabase(prop, (entity as Record<string, unknown>)[prop.name])]),
    ),
  );
  const knex = em.getKnex();
  const transaction = em.getTransactionContext();
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  for (let start = 0; start < rows.length; start += perStatement) {
    const insert = knex(meta.tableName).insert(rows.slice(start, start + perStatement));
    await (transaction ? insert.transacting(transaction) : insert);
  }
}

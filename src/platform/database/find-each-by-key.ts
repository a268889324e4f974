import type { EntityDictionary, EntityKey, EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { detachedEntities } from './detached-entities';
import { quoted, withPgConnection } from './pg-connection';
import { textArray } from './pg-text-array';
import { TENANT_FILTER, type TenantFilterParams } from './tenant-filter';

/**
 * The account's entities whose `key` is one of `keys` and whose other columns match `where`, each
 * found by its own probe of a unique index: `where`'s columns and `key` must name at most one row
 * (the account's). A key given twice is looked up once. With `forUpdate` they are locked, in the
 * keys' order (sorted), until the transaction ends. With `detached` they are not managed (see
 * detachedEntities): the caller writes what it changes.
 *
 * Why not `where account_id = ? and key in (…)`: its plan comes from the table's statistics, and
 * while an import fills a table faster than autovacuum analyses it (a fresh table, or one whose
 * statistics have not yet seen the account), PostgreSQL believes the account has a few dozen rows
 * and reads all of them for every page, so each page cost more than the one before (37 ms for a
 * page of 1,000 invoices at 23,000 rows, 110 ms at 99,000). A lateral probe per key cannot be
 * planned that way.
 */
export async function findEachByKey<T extends object>(
  em: EntityManager,
  entityName: EntityName<T>,
  key: keyof T & string,
  keys: readonly string[],
  options: { where?: Equalities<T>; forUpdate?: boolean; detached?: boolean } = {},
): Promise<T[]> {
  if (keys.length === 0) return [];
  const table = accountTable(em, entityName, options.where);
  const sql =
    `select found.* from unnest($1::text[]) as wanted(key) cross join lateral ` +
    `(select * from ${table.name} where ${table.conditions(2).join(' and ')} and ${table.column(key)} = wanted.key ` +
    `limit 1${options.forUpdate ? ' for update' : ''}) as found`;
  return table.query(sql, [textArray([...new Set(keys)].sort()), ...table.values], options.detached);
}

/**
 * The account's entities whose columns match `where` and that hold one of the values given for any
 * of `keys` (`{ mobile: [...], email: [...] }`), in one statement. Each key's values travel as one
 * array parameter (see textArray): MikroORM's `$in` builds and inlines a criteria node per value,
 * about 4 ms of CPU for a thousand. PostgreSQL plans it from the table's statistics, as it would an
 * `in` list: for a table the caller is not filling faster than they are gathered, unlike
 * findEachByKey. With `detached` the entities are not managed (see detachedEntities): the caller
 * writes what it changes.
 */
export async function findAllByKey<T extends object>(
  em: EntityManager,
  entityName: EntityName<T>,
  keys: Partial<Record<keyof T & string, readonly string[]>>,
  options: { where?: Equalities<T>; detached?: boolean } = {},
): Promise<T[]> {
  const wanted = (Object.entries(keys) as [string, readonly string[]][]).filter(([, values]) => values.length > 0);
  if (wanted.length === 0) return [];
  const table = accountTable(em, entityName, options.where);
  const anyOf = wanted.map(([key], index) => `${table.column(key)} = any($${index + 1}::text[])`);
  const sql = `select * from ${table.name} where ${table.conditions(wanted.length + 1).join(' and ')} and (${anyOf.join(' or ')})`;
  return table.query(
    sql,
    [...wanted.map(([, values]) => textArray([...new Set(values)])), ...table.values],
    options.detached,
  );
}

/** Columns and the value each must equal, or the values one of which it must equal. */
type Equalities<T> = Partial<Record<keyof T & string, string | readonly string[]>>;

/** The entity's table within the account the EntityManager is scoped to, and `where` on it. */
function accountTable<T extends object>(em: EntityManager, entityName: EntityName<T>, where: Equalities<T> = {}) {
  const meta = em.getMetadata(entityName);
  const { accountId } = (em.getFilterParams(TENANT_FILTER) ?? {}) as Partial<TenantFilterParams>;
  if (!accountId) throw new Error(`${meta.className} rows are found by key only within an account`);
  const column = (property: string) => quoted(meta.properties[property as EntityKey<T>].fieldNames[0]);
  const equalities = Object.entries({ accountId, ...where }) as [string, string | readonly string[]][];
  const condition = (property: string, value: string | readonly string[], parameter: number) =>
    typeof value === 'string'
      ? `${column(property)} = $${parameter}`
      : `${column(property)} = any($${parameter}::text[])`;
  return {
    name: quoted(meta.tableName),
    column,
    /** `column = $n` (or `= any($n)` for a list) for the account and each of `where`, numbered from `first`. */
    conditions: (first: number) =>
      equalities.map(([property, value], index) => condition(property, value, index + first)),
    values: equalities.map(([, value]) => (typeof value === 'string' ? value : textArray(value))),
    /** The rows as managed entities, or detached ones (see detachedEntities). */
    async query(sql: string, params: unknown[], detached = false): Promise<T[]> {
      const { rows } = await withPgConnection(em, (connection) => connection.query<EntityDictionary<T>>(sql, params));
      return detached ? detachedEntities(em, entityName, rows) : rows.map((row) => em.map(entityName, row));
    },
  };
}

import { bulkWrite } from './bulk-write';
import type { ScalarColumn } from './column-values';
import { quoted, withPgConnection } from './pg-connection';
import { textArray } from './pg-text-array';
import { TENANT_FILTER, type TenantFilterParams } from './tenant-filter';

/** Character columns take text as it is: an explicit cast to varchar(n) would cut a long value short. */
const CHARACTER_TYPE = /^(varchar|character varying|text|char)/i;

/**
 * A column's value from its text. JSON goes as json, which PostgreSQL keeps as written in a json
 * column and parses once for a jsonb one (MikroORM declares every JSON property jsonb, though a
 * migration may have made the column json).
 */
function fromText({ field, columnType, json }: ScalarColumn): string {
  if (json) return `v.${quoted(field)}::json`;
  return CHARACTER_TYPE.test(columnType) ? `v.${quoted(field)}` : `v.${quoted(field)}::${columnType}`;
}

/**
 * Writes the entities' persisted columns to their rows in one UPDATE, each row found by primary key
 * within the account the EntityManager is scoped to (another account's row is never written), in
 * its transaction when it has one. For entities read detached (see detachedEntities), whose changes
 * MikroORM does not flush. Each column's values travel as one text array (see textArray), in the
 * text bulkInsert's COPY gives them, and are cast to the column's type.
 */
export const bulkUpdate = bulkWrite(async (em, meta, columns, entities) => {
  const { accountId } = (em.getFilterParams(TENANT_FILTER) ?? {}) as Partial<TenantFilterParams>;
  if (!accountId) throw new Error(`${meta.className} rows are updated in bulk only within an account`);
  const primary = columns.filter((column) => column.primary);
  if (primary.length !== 1)
    throw new Error(`${meta.className} needs a single-column primary key to be updated in bulk`);
  const account = columns.find((column) => column.name === 'accountId');
  if (!account) throw new Error(`${meta.className} has no accountId to scope a bulk update by`);
  const written = columns.filter((column) => !column.primary && column !== account);
  const carried = [primary[0], ...written];
  const sql =
    `update ${quoted(meta.tableName)} as t set ${written.map((column) => `${quoted(column.field)} = ${fromText(column)}`).join(', ')} ` +
    `from unnest(${carried.map((_, index) => `$${index + 1}::text[]`).join(', ')}) as v(${carried.map(({ field }) => quoted(field)).join(', ')}) ` +
    `where t.${quoted(primary[0].field)} = ${fromText(primary[0])} and t.${quoted(account.field)} = $${carried.length + 1}`;
  const values = carried.map(({ textIn }) => textArray(entities.map(textIn)));
  await withPgConnection(em, (connection) => connection.query(sql, [...values, accountId]));
});

import type { EntityDictionary, EntityKey, EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { quoted, withPgConnection } from './pg-connection';
import { TENANT_FILTER, type TenantFilterParams } from './tenant-filter';

/**
 * The account's entities whose `key` is one of `keys` and whose other columns equal `where`, each
 * found by its own probe of a unique index: `where`'s columns and `key` must name at most one row
 * (the account's). A key given twice is looked up once. With `forUpdate` they are locked, in the
 * keys' order (sorted), until the transaction ends.
 *
 * Why not `where account_id = ? and key in (…)`: its plan comes from the table's statistics, and
 * while an import fills a table faster than autovacuum analyses it (a fresh table, or one whose
 * statistics have not yet seen the account), PostgreSQL believes the account has a few dozen rows
 * and reads all of them for every page, so each page cost more than the one before (37 ms for a
 * page of 1,000 invoices at 23,000 rows, 110 ms at 99,000). A lateral probe per key cannot be
 * planned that way.
 */
export const findEachByKey = keyProbe({ onePerKey: true });

/**
 * Like findEachByKey, for a key that several rows may share: every row of the account whose `key`
 * is one of `keys` and whose other columns equal `where`. The keys travel as one array parameter:
 * MikroORM's `$in` builds and inlines a criteria node per value, about 4 ms of CPU for a thousand
 * keys. Without a row limit PostgreSQL plans it as a join, from the table's statistics (as it
 * would an `in` list): meant for tables an import reads but does not fill.
 */
export const findAllByKey = keyProbe({ onePerKey: false });

interface KeyProbeOptions<T> {
  where?: Partial<Record<keyof T & string, string>>;
  forUpdate?: boolean;
}

function keyProbe({ onePerKey }: { onePerKey: boolean }) {
  return <T extends object>(
    em: EntityManager,
    entityName: EntityName<T>,
    key: keyof T & string,
    keys: readonly string[],
    options: KeyProbeOptions<T> = {},
  ): Promise<T[]> => probeEachKey(em, entityName, key, keys, { ...options, onePerKey });
}

async function probeEachKey<T extends object>(
  em: EntityManager,
  entityName: EntityName<T>,
  key: keyof T & string,
  keys: readonly string[],
  options: KeyProbeOptions<T> & { onePerKey: boolean },
): Promise<T[]> {
  if (keys.length === 0) return [];
  const meta = em.getMetadata(entityName);
  const { accountId } = (em.getFilterParams(TENANT_FILTER) ?? {}) as Partial<TenantFilterParams>;
  if (!accountId) throw new Error(`${meta.className} rows are found by key only within an account`);
  const column = (property: string) => quoted(meta.properties[property as EntityKey<T>].fieldNames[0]);
  const equalities = Object.entries({ accountId, ...options.where }) as [string, string][];
  const conditions = [
    ...equalities.map(([property], index) => `${column(property)} = $${index + 2}`),
    `${column(key)} = wanted.key`,
  ];
  const sql =
    `select found.* from unnest($1::text[]) as wanted(key) cross join lateral ` +
    `(select * from ${quoted(meta.tableName)} where ${conditions.join(' and ')}` +
    `${options.onePerKey ? ' limit 1' : ''}${options.forUpdate ? ' for update' : ''}) as found`;
  const params = [[...new Set(keys)].sort(), ...equalities.map(([, value]) => value)];
  const { rows } = await withPgConnection(em, (connection) => connection.query<EntityDictionary<T>>(sql, params));
  return rows.map((row) => em.map(entityName, row));
}

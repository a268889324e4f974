import { MikroORM } from '@mikro-orm/postgresql';
import { ensureDatabase } from './ensure-database';
import { ormConfig, type TableMappings } from './mikro-orm.config';

/** Any fixed number; it names the lock that lets one process at a time migrate. */
const MIGRATION_LOCK = 7_210_431;

/**
 * Creates the database if needed and applies pending migrations, one process at a time. Applying
 * never rewrites the committed snapshot (MikroORM would, from the database it migrated): only
 * `migration:create` writes it, from the mappings, so starts and test runs leave it alone.
 */
export async function migrateDatabase(url: string, tables: TableMappings): Promise<string[]> {
  await ensureDatabase(url);
  const config = ormConfig(url, tables, { pool: { min: 0, max: 2 } });
  const orm = await MikroORM.init({ ...config, migrations: { ...config.migrations, snapshot: false } });
  try {
    const connection = orm.em.getConnection();
    return await connection.transactional(async (tx) => {
      await connection.execute('select pg_advisory_xact_lock(?)', [MIGRATION_LOCK], 'run', tx);
      const applied = await orm.getMigrator().up();
      return applied.map((migration) => migration.name);
    });
  } finally {
    await orm.close(true);
  }
}

import { MikroORM } from '@mikro-orm/postgresql';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { validateEnvironment } from '../src/platform/config/environment';
import { ensureDatabase } from '../src/platform/database/ensure-database';
import { migrateDatabase } from '../src/platform/database/migrate';
import { ormConfig } from '../src/platform/database/mikro-orm.config';
import { SETTLE_TABLES } from '../src/settle.tables';

/**
 * `up`: apply pending migrations. `create [name]`: write a migration for the difference between
 * the schemas and the database (review it before committing). `check`: fail when the schemas
 * need a migration that does not exist, as CI does.
 */
async function main(): Promise<void> {
  const [command, name] = process.argv.slice(2);
  const url = validateEnvironment(process.env).DATABASE_URL;
  if (command === 'up') {
    const applied = await migrateDatabase(url, SETTLE_TABLES);
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Nothing to apply');
    return;
  }
  if (command !== 'create' && command !== 'check') throw new Error('Usage: migrations up | create [name] | check');
  await ensureDatabase(url);
  await migrateDatabase(url, SETTLE_TABLES);
  const orm = await MikroORM.init(ormConfig(url, SETTLE_TABLES));
  try {
    const migrator = orm.getMigrator();
    if (command === 'check') {
      if (await migrator.checkMigrationNeeded()) {
        throw new Error('The schemas differ from the migrations: run npm run migration:create');
      }
      console.log('Migrations and schemas agree');
      return;
    }
    const result = await migrator.createMigration(undefined, false, false, name);
    if (result.fileName) await formatMigration(join('migrations', result.fileName));
    console.log(result.fileName ? `Created migrations/${result.fileName}` : 'No changes to migrate');
  } finally {
    await orm.close(true);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

/** A generated migration is committed as written here: formatted like every other file. */
async function formatMigration(file: string): Promise<void> {
  const options = await resolveConfig(file);
  await writeFile(file, await format(await readFile(file, 'utf8'), { ...options, filepath: file }));
}

import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { join } from 'node:path';
import { TenantWriteGuardSubscriber } from './tenant-write-guard.subscriber';

const root = join(__dirname, '..', '..', '..');

/**
 * One configuration for the app, the migration scripts and the tests, given the tables to map (the
 * composition root's list: the platform knows no context). Settle always runs its
 * TypeScript sources (SWC), so the migrator reads `.ts` migrations (`preferTs`).
 */
export type TableMappings = NonNullable<Options['entities']>;

export function ormConfig(clientUrl: string, tables: TableMappings, overrides: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl,
    entities: tables,
    preferTs: true,
    metadataCache: { enabled: false },
    subscribers: [new TenantWriteGuardSubscriber()],
    extensions: [Migrator],
    forceUtcTimezone: true,
    ignoreUndefinedInQuery: false,
    pool: { min: 0, max: 10 },
    migrations: {
      tableName: 'mikro_orm_migrations',
      path: join(root, 'migrations'),
      pathTs: join(root, 'migrations'),
      glob: '!(*.d).{js,ts}',
      transactional: true,
      allOrNothing: true,
      snapshot: true,
      snapshotName: '.snapshot-settle',
      emit: 'ts',
      // The file name is also the class name: a name like "import-dry-run" must become an identifier.
      fileName: (timestamp: string, name?: string) =>
        `Migration${timestamp}${name ? `_${name.replace(/[^A-Za-z0-9_]/g, '_')}` : ''}`,
    },
    debug: false,
    ...overrides,
  });
}

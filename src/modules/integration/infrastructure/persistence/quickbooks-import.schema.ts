import { EntitySchema } from '@mikro-orm/core';
import { accountIdProperty, tenantOwned } from '../../../../platform/database/tenant-filter';
import { QuickBooksImport } from '../../domain/quickbooks-import';

/** At most one queued or running import of a kind (and year) per account. */
export const ONE_LIVE_IMPORT_INDEX = 'integration_qbo_imports_one_live';

export const QuickBooksImportSchema = new EntitySchema<QuickBooksImport>({
  class: QuickBooksImport,
  tableName: 'integration_quickbooks_imports',
  ...tenantOwned,
  indexes: [
    {
      name: ONE_LIVE_IMPORT_INDEX,
      expression: `create unique index "${ONE_LIVE_IMPORT_INDEX}" on "integration_quickbooks_imports" ("account_id", "kind", coalesce("year", 0)) where "status" in ('queued', 'running')`,
    },
    {
      name: 'integration_qbo_imports_live_progress_idx',
      expression: `create index "integration_qbo_imports_live_progress_idx" on "integration_quickbooks_imports" ("progressed_at") where "status" in ('queued', 'running')`,
    },
  ],
  properties: {
    id: { type: 'uuid', primary: true },
    accountId: accountIdProperty,
    kind: { type: 'string', length: 20 },
    year: { type: 'integer', nullable: true },
    dryRun: { type: 'boolean', default: false },
    status: { type: 'string', length: 20 },
    phase: { type: 'string', length: 20 },
    totals: { type: 'json' },
    pages: { type: 'json', persist: false },
    error: { type: 'text', nullable: true },
    requestedByUserId: { type: 'uuid' },
    createdAt: { type: 'datetime', columnType: 'timestamptz' },
    startedAt: { type: 'datetime', columnType: 'timestamptz', nullable: true },
    finishedAt: { type: 'datetime', columnType: 'timestamptz', nullable: true },
    progressedAt: { type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' },
    resumes: { type: 'integer', default: 0 },
  },
});

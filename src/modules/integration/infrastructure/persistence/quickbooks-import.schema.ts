import { EntitySchema } from '@mikro-orm/core';
import { accountIdProperty, tenantOwned } from '../../../../platform/database/tenant-filter';
import { QuickBooksImport } from '../../domain/quickbooks-import';

export const QuickBooksImportSchema = new EntitySchema<QuickBooksImport>({
  class: QuickBooksImport,
  tableName: 'integration_quickbooks_imports',
  ...tenantOwned,
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
  },
});

import { EntitySchema } from '@mikro-orm/core';
import { accountIdLeadingProperty, tenantOwned } from '../../../platform/database/tenant-filter';
import { ImportOutcome } from './import-outcome';

export const ImportOutcomeSchema = new EntitySchema<ImportOutcome>({
  class: ImportOutcome,
  tableName: 'invoicing_import_outcomes',
  ...tenantOwned,
  properties: {
    importId: { type: 'string', length: 100, primary: true },
    quickBooksId: { type: 'string', length: 50, primary: true },
    accountId: accountIdLeadingProperty,
    docNumber: { type: 'string', length: 50, nullable: true },
    result: { type: 'string', length: 20 },
    invoiceId: { type: 'uuid', nullable: true },
    reasons: { type: 'json' },
    recordedAt: { type: 'datetime', columnType: 'timestamptz' },
  },
});

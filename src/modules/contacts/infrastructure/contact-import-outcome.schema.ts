import { EntitySchema } from '@mikro-orm/core';
import { accountIdProperty, tenantOwned } from '../../../platform/database/tenant-filter';
import { ContactImportOutcome } from '../domain/contact-import-outcome';
import { CONTACT_LIMITS } from '../domain/contact-limits';

export const ContactImportOutcomeSchema = new EntitySchema<ContactImportOutcome>({
  class: ContactImportOutcome,
  tableName: 'contacts_import_outcomes',
  ...tenantOwned,
  uniques: [
    {
      name: 'contacts_import_outcomes_import_customer_unique',
      properties: ['accountId', 'importId', 'quickBooksId'],
    },
  ],
  properties: {
    id: { type: 'uuid', primary: true },
    accountId: { ...accountIdProperty, index: false },
    importId: { type: 'string', length: 100 },
    quickBooksId: { type: 'string', length: 50, fieldName: 'quickbooks_id' },
    displayName: { type: 'string', length: CONTACT_LIMITS.displayName, nullable: true },
    result: { type: 'string', length: 10 },
    contactId: { type: 'uuid', nullable: true },
    reasons: { type: 'json' },
    recordedAt: { type: 'datetime', columnType: 'timestamptz' },
    position: { type: 'integer' },
  },
});

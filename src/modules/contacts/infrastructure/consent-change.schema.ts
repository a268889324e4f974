import { EntitySchema } from '@mikro-orm/core';
import { accountIdLeadingProperty, tenantOwned } from '../../../platform/database/tenant-filter';
import { ConsentChange } from '../domain/consent-change';

/** The consent ledger: every opt-out and opt-in of a contact, in order. */
export const ConsentChangeSchema = new EntitySchema<ConsentChange>({
  class: ConsentChange,
  tableName: 'contacts_consent_changes',
  ...tenantOwned,
  indexes: [{ name: 'contacts_consent_changes_contact_idx', properties: ['accountId', 'contactId', 'at'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    accountId: accountIdLeadingProperty,
    contactId: { type: 'uuid' },
    change: { type: 'string', length: 10 },
    how: { type: 'string', length: 20 },
    messageId: { type: 'uuid', nullable: true },
    text: { type: 'string', length: 1600, nullable: true },
    userId: { type: 'uuid', nullable: true },
    at: { type: 'datetime', columnType: 'timestamptz' },
  },
});

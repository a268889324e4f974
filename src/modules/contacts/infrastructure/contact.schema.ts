import { EntitySchema } from '@mikro-orm/core';
import { accountIdLeadingProperty, tenantOwned } from '../../../platform/database/tenant-filter';
import { Contact } from '../domain/contact';
import { CONTACT_LIMITS } from '../domain/contact-limits';

export const CONTACT_MOBILE_UNIQUE = 'contacts_contacts_account_id_mobile_unique';
export const CONTACT_EMAIL_UNIQUE = 'contacts_contacts_account_id_email_unique';

/**
 * Mobile, email and QuickBooks customer are each unique within an account. They are unique
 * constraints (PostgreSQL treats NULLs as distinct, so contacts without one do not collide),
 * deferred to commit so that an import page may move a number from one contact to another.
 */
export const ContactSchema = new EntitySchema<Contact>({
  class: Contact,
  tableName: 'contacts_contacts',
  ...tenantOwned,
  uniques: [
    { name: CONTACT_MOBILE_UNIQUE, properties: ['accountId', 'mobile'], deferMode: 'deferred' },
    { name: CONTACT_EMAIL_UNIQUE, properties: ['accountId', 'email'], deferMode: 'deferred' },
    {
      name: 'contacts_contacts_account_id_quickbooks_customer_id_unique',
      properties: ['accountId', 'quickBooksCustomerId'],
      deferMode: 'deferred',
    },
  ],
  properties: {
    id: { type: 'uuid', primary: true },
    accountId: accountIdLeadingProperty,
    firstName: { type: 'string', length: CONTACT_LIMITS.firstName, nullable: true },
    lastName: { type: 'string', length: CONTACT_LIMITS.lastName, nullable: true },
    businessName: { type: 'string', length: CONTACT_LIMITS.businessName, nullable: true },
    email: { type: 'string', length: 320, nullable: true },
    mobile: { type: 'string', length: 20, nullable: true },
    otherPhone: { type: 'string', length: CONTACT_LIMITS.otherPhone, nullable: true },
    billingAddress: { type: 'json', nullable: true },
    source: { type: 'string', length: 20 },
    quickBooksCustomerId: { type: 'string', length: 50, nullable: true, fieldName: 'quickbooks_customer_id' },
    quickBooksSyncToken: { type: 'string', length: 50, nullable: true, fieldName: 'quickbooks_sync_token' },
    quickBooksUpdatedAt: {
      type: 'datetime',
      columnType: 'timestamptz',
      nullable: true,
      fieldName: 'quickbooks_updated_at',
    },
    optedOut: { type: 'boolean' },
    optedOutAt: { type: 'datetime', columnType: 'timestamptz', nullable: true },
    createdAt: { type: 'datetime', columnType: 'timestamptz' },
    updatedAt: { type: 'datetime', columnType: 'timestamptz' },
  },
});

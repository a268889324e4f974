import { EntitySchema } from '@mikro-orm/core';
import { accountIdLeadingProperty, tenantOwned } from '../../../platform/database/tenant-filter';
import { Invoice } from '../domain/invoice';
import { minorUnits, nullableMinorUnits } from './minor-units.property';

const timestamp = { type: 'datetime', columnType: 'timestamptz' } as const;

/**
 * Lines and tax lines are json on the invoice row: they are part of the aggregate, always read and
 * replaced with it (a QuickBooks revision replaces them all), never queried alone; so a page of
 * 1,000 invoices is one multi-row insert instead of thousands of line rows. Money inside them is
 * minor units as integer strings; every amount the list filters or sorts on is a bigint column.
 * MikroORM declares every `json` property as jsonb; Migration20261203045500_invoice_lines_json
 * makes these two plain json, which PostgreSQL stores as written instead of parsing.
 */
export const InvoiceSchema = new EntitySchema<Invoice>({
  class: Invoice,
  tableName: 'invoicing_invoices',
  ...tenantOwned,
  uniques: [
    { name: 'invoicing_invoices_account_quickbooks_unique', properties: ['accountId', 'quickBooksId'] },
    { name: 'invoicing_invoices_public_token_unique', properties: ['publicToken'] },
  ],
  indexes: [
    { name: 'invoicing_invoices_txn_date_idx', properties: ['accountId', 'txnDate', 'id'] },
    { name: 'invoicing_invoices_due_date_idx', properties: ['accountId', 'dueDate'] },
    { name: 'invoicing_invoices_contact_idx', properties: ['accountId', 'contactId'] },
    { name: 'invoicing_invoices_status_idx', properties: ['accountId', 'paymentState', 'dueDate'] },
    { name: 'invoicing_invoices_currency_idx', properties: ['accountId', 'currency'] },
    { name: 'invoicing_invoices_number_idx', properties: ['accountId', 'number'] },
    { name: 'invoicing_invoices_total_idx', properties: ['accountId', 'totalMinor', 'id'] },
    { name: 'invoicing_invoices_balance_idx', properties: ['accountId', 'balanceMinor', 'id'] },
  ],
  properties: {
    id: { type: 'uuid', primary: true },
    accountId: accountIdLeadingProperty,
    contactId: { type: 'uuid' },
    number: { type: 'string', length: 50, nullable: true },
    txnDate: { type: 'date', columnType: 'date' },
    dueDate: { type: 'date', columnType: 'date', nullable: true },
    contactName: { type: 'string', length: 500, nullable: true },
    billingAddress: { type: 'json', nullable: true },
    billEmail: { type: 'string', length: 500, nullable: true },
    currency: { type: 'string', length: 3 },
    exchangeRate: { type: 'string', length: 40, nullable: true },
    taxTreatment: { type: 'string', length: 10 },
    applyTaxAfterDiscount: { type: 'boolean' },
    lines: { type: 'json' },
    taxLines: { type: 'json' },
    subtotalMinor: minorUnits,
    discountMinor: minorUnits,
    taxMinor: minorUnits,
    totalMinor: minorUnits,
    balanceMinor: minorUnits,
    homeTotalMinor: nullableMinorUnits,
    computedTotalMinor: minorUnits,
    totalsMismatch: { type: 'boolean' },
    paidInSettleMinor: { ...minorUnits, default: 0 },
    overpaidMinor: { ...minorUnits, default: 0 },
    paymentState: { type: 'string', length: 20 },
    customerMemo: { type: 'text', nullable: true },
    publicToken: { type: 'string', length: 64 },
    message: { type: 'text', nullable: true },
    textMessage: { type: 'text', nullable: true },
    voidedInQuickBooks: { type: 'boolean' },
    deletedInQuickBooks: { type: 'boolean' },
    quickBooksId: { type: 'string', length: 50, nullable: true },
    quickBooksCustomerId: { type: 'string', length: 50, nullable: true },
    quickBooksSyncToken: { type: 'string', length: 50, nullable: true },
    quickBooksUpdatedAt: { ...timestamp, nullable: true },
    lastActionKind: { type: 'string', length: 40 },
    lastActionBy: { type: 'string', length: 64 },
    lastActionAt: timestamp,
    removedAt: { ...timestamp, nullable: true },
    removalReason: { type: 'string', length: 40, nullable: true },
    createdAt: timestamp,
    updatedAt: timestamp,
  },
});

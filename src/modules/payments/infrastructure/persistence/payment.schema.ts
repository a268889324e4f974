import { EntitySchema } from '@mikro-orm/core';
import { accountIdLeadingProperty, tenantOwned } from '../../../../platform/database/tenant-filter';
import { Payment } from '../../domain/payment';
import { minorUnits } from './minor-units.property';

const timestamp = { type: 'datetime', columnType: 'timestamptz' } as const;

/**
 * Every payment received. A provider's payment id is unique across Settle: Stripe's duplicated or
 * reordered events can never make a second payment of one PaymentIntent.
 */
export const PaymentSchema = new EntitySchema<Payment>({
  class: Payment,
  tableName: 'payments_payments',
  ...tenantOwned,
  uniques: [{ name: 'payments_payments_provider_payment_unique', properties: ['source', 'providerPaymentId'] }],
  indexes: [
    { name: 'payments_payments_account_idx', properties: ['accountId', 'id'] },
    { name: 'payments_payments_invoice_idx', properties: ['accountId', 'invoiceId'] },
    { name: 'payments_payments_quickbooks_idx', properties: ['accountId', 'quickBooksState'] },
  ],
  properties: {
    id: { type: 'uuid', primary: true },
    accountId: accountIdLeadingProperty,
    invoiceId: { type: 'uuid' },
    contactId: { type: 'uuid', nullable: true },
    attemptId: { type: 'uuid', nullable: true },
    source: { type: 'string', length: 20 },
    method: { type: 'string', length: 20 },
    methodName: { type: 'string', length: 100 },
    amountMinor: minorUnits,
    currency: { type: 'string', length: 3 },
    reference: { type: 'string', length: 21, nullable: true },
    paidOn: { type: 'date', columnType: 'date' },
    providerPaymentId: { type: 'string', length: 255, nullable: true },
    status: { type: 'string', length: 30 },
    refundedMinor: minorUnits,
    needsReconcile: { type: 'boolean' },
    application: { type: 'string', length: 20 },
    appliedMinor: { ...minorUnits, nullable: true },
    quickBooksInvoiceId: { type: 'string', length: 64, nullable: true },
    quickBooksState: { type: 'string', length: 20 },
    quickBooksPaymentId: { type: 'string', length: 64, nullable: true },
    quickBooksFailure: { type: 'string', length: 1000, nullable: true },
    recordedByUserId: { type: 'uuid', nullable: true },
    history: { type: 'json' },
    createdAt: timestamp,
    updatedAt: timestamp,
  },
});

import { EntitySchema } from '@mikro-orm/core';
import { accountIdLeadingProperty, tenantOwned } from '../../../platform/database/tenant-filter';
import { AppliedPayment } from '../domain/applied-payment';
import { minorUnits } from './minor-units.property';

const timestamp = { type: 'datetime', columnType: 'timestamptz' } as const;

/** One row per payment applied to an invoice: the payment saga's step is idempotent by its key. */
export const AppliedPaymentSchema = new EntitySchema<AppliedPayment>({
  class: AppliedPayment,
  tableName: 'invoicing_applied_payments',
  ...tenantOwned,
  indexes: [{ name: 'invoicing_applied_payments_invoice_idx', properties: ['accountId', 'invoiceId'] }],
  properties: {
    accountId: { ...accountIdLeadingProperty, primary: true },
    paymentId: { type: 'string', length: 64, primary: true },
    invoiceId: { type: 'uuid' },
    source: { type: 'string', length: 20 },
    amountMinor: minorUnits,
    appliedMinor: minorUnits,
    outcome: { type: 'string', length: 20 },
    paidAt: timestamp,
    appliedAt: timestamp,
  },
});

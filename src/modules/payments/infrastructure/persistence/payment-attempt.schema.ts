import { EntitySchema } from '@mikro-orm/core';
import { accountIdLeadingProperty, tenantOwned } from '../../../../platform/database/tenant-filter';
import { PaymentAttempt } from '../../domain/payment-attempt';
import { minorUnits } from './minor-units.property';

const timestamp = { type: 'datetime', columnType: 'timestamptz' } as const;

/**
 * Every press of "Pay"; found by id from Stripe's events (client_reference_id), by pay demand from
 * Crezco's, and by the poll from its next look.
 */
export const PaymentAttemptSchema = new EntitySchema<PaymentAttempt>({
  class: PaymentAttempt,
  tableName: 'payments_attempts',
  ...tenantOwned,
  indexes: [
    { name: 'payments_attempts_invoice_idx', properties: ['accountId', 'invoiceId', 'createdAt'] },
    { name: 'payments_attempts_session_idx', properties: ['providerSessionId'] },
    { name: 'payments_attempts_next_check_idx', properties: ['nextCheckAt'] },
  ],
  properties: {
    id: { type: 'uuid', primary: true },
    accountId: accountIdLeadingProperty,
    invoiceId: { type: 'uuid' },
    contactId: { type: 'uuid', nullable: true },
    provider: { type: 'string', length: 20 },
    stripeAccountId: { type: 'string', length: 64, nullable: true },
    crezcoUserId: { type: 'string', length: 64, nullable: true },
    amountMinor: minorUnits,
    currency: { type: 'string', length: 3 },
    providerSessionId: { type: 'string', length: 255, nullable: true },
    providerPaymentId: { type: 'string', length: 255, nullable: true },
    status: { type: 'string', length: 30 },
    failureReason: { type: 'string', length: 500, nullable: true },
    nextCheckAt: { ...timestamp, nullable: true },
    checks: { type: 'integer', default: 0 },
    createdAt: timestamp,
    updatedAt: timestamp,
  },
});

import { BigIntType, EntitySchema } from '@mikro-orm/core';
import { accountIdLeadingProperty, tenantOwned } from '../../../../platform/database/tenant-filter';
import { PAYMENT_WRITE_LIMITS as LIMITS, QuickBooksPaymentWrite } from '../../domain/quickbooks-payment-write';

const minorUnits = { type: new BigIntType('bigint'), columnType: 'bigint' } as const;
const instant = { type: 'datetime', columnType: 'timestamptz' } as const;

export const QuickBooksPaymentWriteSchema = new EntitySchema<QuickBooksPaymentWrite>({
  class: QuickBooksPaymentWrite,
  tableName: 'integration_quickbooks_payment_writes',
  ...tenantOwned,
  uniques: [{ name: 'integration_qbo_payment_writes_payment_key', properties: ['accountId', 'paymentId'] }],
  indexes: [
    {
      name: 'integration_qbo_payment_writes_qbo_payment_idx',
      properties: ['accountId', 'realmId', 'quickBooksPaymentId'],
    },
    { name: 'integration_qbo_payment_writes_state_idx', properties: ['accountId', 'state', 'updatedAt'] },
  ],
  properties: {
    id: { type: 'uuid', primary: true },
    accountId: accountIdLeadingProperty,
    paymentId: { type: 'string', length: LIMITS.paymentId },
    connectionId: { type: 'uuid', nullable: true },
    realmId: { type: 'string', length: LIMITS.realmId, nullable: true },
    invoiceQuickBooksId: { type: 'string', length: LIMITS.invoiceQuickBooksId },
    amountMinor: minorUnits,
    appliedMinor: minorUnits,
    currency: { type: 'string', length: LIMITS.currency },
    methodName: { type: 'string', length: LIMITS.methodName },
    reference: { type: 'string', length: LIMITS.reference, nullable: true },
    paidOn: { type: 'date', columnType: 'date' },
    state: { type: 'string', length: 10 },
    quickBooksPaymentId: { type: 'string', length: LIMITS.quickBooksPaymentId, nullable: true },
    syncToken: { type: 'string', length: LIMITS.syncToken, nullable: true },
    lastError: { type: 'text', nullable: true },
    round: { type: 'integer' },
    attempts: { type: 'integer' },
    createdAt: instant,
    updatedAt: instant,
    writtenAt: { ...instant, nullable: true },
  },
});

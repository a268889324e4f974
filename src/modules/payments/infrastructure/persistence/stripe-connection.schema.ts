import { EntitySchema } from '@mikro-orm/core';
import { accountIdLeadingProperty, tenantOwned } from '../../../../platform/database/tenant-filter';
import { StripeConnection } from '../../domain/stripe-connection';

const timestamp = { type: 'datetime', columnType: 'timestamptz' } as const;

/** One per account; found by the Stripe account id when Stripe's events name only that. */
export const StripeConnectionSchema = new EntitySchema<StripeConnection>({
  class: StripeConnection,
  tableName: 'payments_stripe_connections',
  ...tenantOwned,
  uniques: [{ name: 'payments_stripe_connections_account_unique', properties: ['accountId'] }],
  indexes: [{ name: 'payments_stripe_connections_stripe_account_idx', properties: ['stripeAccountId'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    accountId: accountIdLeadingProperty,
    stripeAccountId: { type: 'string', length: 64 },
    status: { type: 'string', length: 20 },
    chargesEnabled: { type: 'boolean' },
    businessName: { type: 'string', length: 200, nullable: true },
    defaultCurrency: { type: 'string', length: 3, nullable: true },
    connectedByUserId: { type: 'uuid' },
    connectedAt: timestamp,
    disconnectedAt: { ...timestamp, nullable: true },
    updatedAt: timestamp,
  },
});

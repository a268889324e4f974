import { EntitySchema } from '@mikro-orm/core';
import { StripeOAuthState } from '../../domain/stripe-oauth-state';

/** Looked up by its random id from a browser redirect, before any tenant is known: not tenant-filtered. */
export const StripeOAuthStateSchema = new EntitySchema<StripeOAuthState>({
  class: StripeOAuthState,
  tableName: 'payments_oauth_states',
  properties: {
    id: { type: 'string', length: 64, primary: true },
    accountId: { type: 'uuid' },
    userId: { type: 'uuid' },
    createdAt: { type: 'datetime', columnType: 'timestamptz' },
    expiresAt: { type: 'datetime', columnType: 'timestamptz' },
    usedAt: { type: 'datetime', columnType: 'timestamptz', nullable: true },
  },
});

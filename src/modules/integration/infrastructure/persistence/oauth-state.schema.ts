import { EntitySchema } from '@mikro-orm/core';
import { OAuthState } from '../../domain/oauth-state';

/** Looked up by its random id from a browser redirect, before any tenant is known: not tenant-filtered. */
export const OAuthStateSchema = new EntitySchema<OAuthState>({
  class: OAuthState,
  tableName: 'integration_oauth_states',
  properties: {
    id: { type: 'string', length: 64, primary: true },
    accountId: { type: 'uuid' },
    userId: { type: 'uuid' },
    replaceCompany: { type: 'boolean' },
    createdAt: { type: 'datetime', columnType: 'timestamptz' },
    expiresAt: { type: 'datetime', columnType: 'timestamptz' },
    usedAt: { type: 'datetime', columnType: 'timestamptz', nullable: true },
  },
});

import { EntitySchema } from '@mikro-orm/core';
import { CrezcoOnboardingState } from '../../domain/crezco-onboarding-state';

/** Looked up by its random id from a browser redirect, before any tenant is known: not tenant-filtered. */
export const CrezcoOnboardingStateSchema = new EntitySchema<CrezcoOnboardingState>({
  class: CrezcoOnboardingState,
  tableName: 'payments_crezco_states',
  properties: {
    id: { type: 'string', length: 64, primary: true },
    accountId: { type: 'uuid' },
    userId: { type: 'uuid' },
    createdAt: { type: 'datetime', columnType: 'timestamptz' },
    expiresAt: { type: 'datetime', columnType: 'timestamptz' },
    usedAt: { type: 'datetime', columnType: 'timestamptz', nullable: true },
  },
});

import { randomBytes } from 'node:crypto';

const LIFETIME_MS = 30 * 60 * 1000;

/**
 * The state of one Crezco onboarding: 256 random bits in the callback URL (Crezco's redirect keeps
 * the redirect_uri's query), bound to the account and user, usable once, for thirty minutes (a
 * business may register with Crezco and link its bank on the way).
 */
export class CrezcoOnboardingState {
  id!: string;
  accountId!: string;
  userId!: string;
  createdAt!: Date;
  expiresAt!: Date;
  usedAt!: Date | null;

  static issue(props: { accountId: string; userId: string }, now = new Date()): CrezcoOnboardingState {
    const state = new CrezcoOnboardingState();
    state.id = randomBytes(32).toString('base64url');
    state.accountId = props.accountId;
    state.userId = props.userId;
    state.createdAt = now;
    state.expiresAt = new Date(now.getTime() + LIFETIME_MS);
    state.usedAt = null;
    return state;
  }
}

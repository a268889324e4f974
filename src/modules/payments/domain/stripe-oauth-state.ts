import { randomBytes } from 'node:crypto';

const LIFETIME_MS = 10 * 60 * 1000;

/** The `state` of one Stripe Connect request: 256 random bits, bound to the account and user, usable once, for ten minutes. */
export class StripeOAuthState {
  id!: string;
  accountId!: string;
  userId!: string;
  createdAt!: Date;
  expiresAt!: Date;
  usedAt!: Date | null;

  static issue(props: { accountId: string; userId: string }, now = new Date()): StripeOAuthState {
    const state = new StripeOAuthState();
    state.id = randomBytes(32).toString('base64url');
    state.accountId = props.accountId;
    state.userId = props.userId;
    state.createdAt = now;
    state.expiresAt = new Date(now.getTime() + LIFETIME_MS);
    state.usedAt = null;
    return state;
  }
}

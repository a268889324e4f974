import { randomBytes } from 'node:crypto';

const LIFETIME_MS = 10 * 60 * 1000;

/**
 * The `state` of one authorization request: 256 random bits, bound to the account and user that
 * asked, usable once, for ten minutes.
 */
export class OAuthState {
  id!: string;
  accountId!: string;
  userId!: string;
  replaceCompany!: boolean;
  createdAt!: Date;
  expiresAt!: Date;
  usedAt!: Date | null;

  static issue(props: { accountId: string; userId: string; replaceCompany: boolean }, now = new Date()): OAuthState {
    const state = new OAuthState();
    state.id = randomBytes(32).toString('base64url');
    state.accountId = props.accountId;
    state.userId = props.userId;
    state.replaceCompany = props.replaceCompany;
    state.createdAt = now;
    state.expiresAt = new Date(now.getTime() + LIFETIME_MS);
    state.usedAt = null;
    return state;
  }

  /** Marks it used; false when it was used before or has expired. */
  consume(now = new Date()): boolean {
    if (this.usedAt || now > this.expiresAt) return false;
    this.usedAt = now;
    return true;
  }
}

import { newId } from '../../../../libs/ids';

export type CrezcoConnectionStatus = 'connected' | 'disconnected';

/** What Crezco says of the business's user (`GET /v1/users/{id}`). */
export interface CrezcoUserDetails {
  crezcoUserId: string;
  displayName: string | null;
}

/**
 * An account's Crezco user, from partner onboarding: pay demands are made for it and paid into the
 * receiving account it chose there. One per account; reconnecting may give another user.
 */
export class CrezcoConnection {
  id!: string;
  accountId!: string;
  crezcoUserId!: string;
  status!: CrezcoConnectionStatus;
  displayName!: string | null;
  connectedByUserId!: string;
  connectedAt!: Date;
  disconnectedAt!: Date | null;
  updatedAt!: Date;

  static connect(accountId: string, userId: string, details: CrezcoUserDetails, now = new Date()): CrezcoConnection {
    const connection = new CrezcoConnection();
    connection.id = newId();
    connection.accountId = accountId;
    connection.reconnect(userId, details, now);
    return connection;
  }

  reconnect(userId: string, details: CrezcoUserDetails, now = new Date()): void {
    this.crezcoUserId = details.crezcoUserId;
    this.displayName = details.displayName;
    this.status = 'connected';
    this.connectedByUserId = userId;
    this.connectedAt = now;
    this.disconnectedAt = null;
    this.updatedAt = now;
  }

  /** Settle stops making pay demands; the Crezco user itself is the business's and stays. */
  disconnect(now = new Date()): void {
    if (this.status === 'disconnected') return;
    this.status = 'disconnected';
    this.disconnectedAt = now;
    this.updatedAt = now;
  }

  isConnected(): boolean {
    return this.status === 'connected';
  }
}

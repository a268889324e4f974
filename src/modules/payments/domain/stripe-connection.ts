import { newId } from '../../../../libs/ids';

export type StripeConnectionStatus = 'connected' | 'disconnected';

/** What Stripe says of a connected account. */
export interface StripeAccountDetails {
  stripeAccountId: string;
  chargesEnabled: boolean;
  businessName: string | null;
  defaultCurrency: string | null;
}

/**
 * An account's link to its own Stripe account (Connect Standard): payments are direct charges on
 * it. One per account; reconnecting may choose another Stripe account.
 */
export class StripeConnection {
  id!: string;
  accountId!: string;
  stripeAccountId!: string;
  status!: StripeConnectionStatus;
  chargesEnabled!: boolean;
  businessName!: string | null;
  defaultCurrency!: string | null;
  connectedByUserId!: string;
  connectedAt!: Date;
  disconnectedAt!: Date | null;
  updatedAt!: Date;

  static connect(accountId: string, userId: string, details: StripeAccountDetails, now = new Date()): StripeConnection {
    const connection = new StripeConnection();
    connection.id = newId();
    connection.accountId = accountId;
    connection.reconnect(userId, details, now);
    return connection;
  }

  reconnect(userId: string, details: StripeAccountDetails, now = new Date()): void {
    this.stripeAccountId = details.stripeAccountId;
    this.status = 'connected';
    this.chargesEnabled = details.chargesEnabled;
    this.businessName = details.businessName;
    this.defaultCurrency = details.defaultCurrency;
    this.connectedByUserId = userId;
    this.connectedAt = now;
    this.disconnectedAt = null;
    this.updatedAt = now;
  }

  /** By Settle (DELETE) or by the business from its Stripe dashboard (deauthorized). */
  disconnect(now = new Date()): void {
    if (this.status === 'disconnected') return;
    this.status = 'disconnected';
    this.disconnectedAt = now;
    this.updatedAt = now;
  }

  /** Stripe's account.updated: whether it may take charges now. */
  chargesEnabledChanged(chargesEnabled: boolean, now = new Date()): void {
    this.chargesEnabled = chargesEnabled;
    this.updatedAt = now;
  }

  canTakeCharges(): boolean {
    return this.status === 'connected' && this.chargesEnabled;
  }
}

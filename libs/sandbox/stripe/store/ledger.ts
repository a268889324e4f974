import type { LineItem } from '../checkout/session-params';
import { OwnedTable } from './owned-table';
import type { Charge, CheckoutSession, PaymentIntent, Refund } from './stripe-objects';

/** What a session keeps that its JSON does not show. */
export interface SessionExtra {
  lineItems: LineItem[];
  intentMetadata: Record<string, string>;
  intentDescription: string | null;
}

/** The objects of every account, each on the account it was made on. */
export class Ledger {
  readonly sessions = new OwnedTable<CheckoutSession, SessionExtra>('checkout.session');
  readonly paymentIntents = new OwnedTable<PaymentIntent>('payment_intent');
  readonly charges = new OwnedTable<Charge>('charge');
  readonly refunds = new OwnedTable<Refund>('refund');

  clear(): void {
    this.sessions.clear();
    this.paymentIntents.clear();
    this.charges.clear();
    this.refunds.clear();
  }
}

/** A Checkout Session event in Settle's terms. */
export interface CheckoutNotice {
  sessionId: string;
  /** Settle's attempt id (`client_reference_id`, else the metadata's). */
  attemptId: string | null;
  paymentIntentId: string | null;
  /** Stripe's integer amount and lowercase currency. */
  amountTotal: number | null;
  currency: string | null;
}

/** What one verified Stripe event tells Settle; anything else is `other` and ignored. */
export type StripeNotice = { eventId: string; stripeAccountId: string | null; occurredAt: Date } & (
  | ({ kind: 'checkout_paid' } & CheckoutNotice)
  | ({ kind: 'checkout_pending' } & CheckoutNotice)
  | ({ kind: 'checkout_failed' } & CheckoutNotice)
  | ({ kind: 'checkout_expired' } & CheckoutNotice)
  | { kind: 'refunded'; paymentIntentId: string | null; amountRefunded: number }
  | { kind: 'deauthorized' }
  | { kind: 'account_updated'; chargesEnabled: boolean }
  | { kind: 'other'; type: string }
);

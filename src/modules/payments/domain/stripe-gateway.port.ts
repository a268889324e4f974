import type { StripeAccountDetails } from './stripe-connection';
import type { StripeNotice } from './stripe-notice';

export const STRIPE_GATEWAY = Symbol('StripeGateway');

export interface CheckoutSessionRequest {
  stripeAccountId: string;
  attemptId: string;
  accountId: string;
  invoiceId: string;
  /** Stripe's integer amount for `currency`. */
  amount: number;
  currency: string;
  name: string;
  successUrl: string;
  cancelUrl: string;
}

export interface CheckoutSessionCreated {
  sessionId: string;
  url: string;
}

/** Stripe as Payments needs it: Connect OAuth, Checkout Sessions on connected accounts, signed events. */
export interface StripeGateway {
  /** Whether a Stripe platform is configured at all. */
  readonly configured: boolean;
  /** Where the business is sent to connect its Stripe account. */
  authorizeUrl(state: string): string;
  /** Exchanges the code from the redirect; answers the connected account's id. */
  exchangeCode(code: string): Promise<string>;
  describeAccount(stripeAccountId: string): Promise<StripeAccountDetails>;
  deauthorize(stripeAccountId: string): Promise<void>;
  /** Idempotent by the attempt id: a repeat answers the same session. */
  createCheckoutSession(request: CheckoutSessionRequest): Promise<CheckoutSessionCreated>;
  /** Why a delayed payment failed, as Stripe says it, when it does. */
  paymentFailureReason(stripeAccountId: string, paymentIntentId: string): Promise<string | null>;
  /** Checks Stripe-Signature on the raw body (300 s tolerance) and reads the event; throws when it does not match. */
  verifyEvent(rawBody: Buffer, signature: string | undefined): StripeNotice;
  /** Reads an event already verified and stored. */
  readEvent(rawBody: string): StripeNotice;
}

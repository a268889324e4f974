import type { CrezcoUserDetails } from './crezco-connection';

export const CREZCO_GATEWAY = Symbol('CrezcoGateway');

export interface PayDemandRequest {
  crezcoUserId: string;
  /** Also the idempotency id: a retried request answers the first demand. */
  attemptId: string;
  accountId: string;
  invoiceId: string;
  amountMinor: bigint;
  currency: string;
  /** Already cut to Crezco's rules. */
  reference: string;
}

export interface BankRedirectRequest {
  crezcoUserId: string;
  payDemandId: string;
  successUrl: string;
  failureUrl: string;
}

/** One payment of a pay demand as Crezco lists it. */
export interface BankPaymentSeen {
  paymentId: string;
  code: string;
  createdAt: string | null;
}

/** Crezco as Payments needs it: onboarding, pay demands, the payer's redirect and fetched statuses. */
export interface CrezcoGateway {
  /** Whether a Crezco partner is configured at all. */
  readonly configured: boolean;
  /** The currencies Crezco pays in. */
  readonly currencies: readonly string[];
  /** Where the business is sent to onboard; `state` comes back in the callback's query. */
  onboardingUrl(state: string): string;
  describeUser(crezcoUserId: string): Promise<CrezcoUserDetails>;
  createPayDemand(request: PayDemandRequest): Promise<{ payDemandId: string }>;
  /** A custom redirect payment: answers where to send the payer. */
  createRedirect(request: BankRedirectRequest): Promise<string>;
  paymentsOf(payDemandId: string): Promise<BankPaymentSeen[]>;
  /** The status code Crezco answers now for one payment. */
  paymentStatus(paymentId: string): Promise<string>;
  /** What a code means (the completed code is configurable). */
  outcomeOf(code: string): 'pending' | 'processing' | 'paid' | 'failed';
}

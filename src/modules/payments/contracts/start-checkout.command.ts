import { Command } from '@nestjs/cqrs';

export interface CheckoutStarted {
  attemptId: string;
  /** Where to send the payer: the provider's hosted page. */
  redirectUrl: string;
}

/**
 * A payer pressed "Pay" on the invoice page: a new payment attempt for the balance due and a fresh
 * provider session for it (idempotency key = attempt id). The page's link never expires; each press
 * makes a new attempt. 409 PAYMENTS.METHOD_UNAVAILABLE when the business cannot take that method.
 */
export class StartCheckoutCommand extends Command<CheckoutStarted> {
  constructor(
    readonly accountId: string,
    readonly invoiceId: string,
    readonly method: 'card' | 'bank',
    readonly amount: { minor: string; currency: string },
    /** What the payer sees on the provider's page, e.g. "Invoice 1042 from Hartley Plumbing". */
    readonly description: string,
    readonly invoiceNumber: string | null,
    /** The invoice page, where the payer comes back to. */
    readonly returnUrl: string,
  ) {
    super();
  }
}

import { newId } from '../../../../libs/ids';

/**
 * open: a session waits for the payer; awaiting_confirmation: the session completed but a delayed
 * method (bank debit) has not paid yet; succeeded: the money is in (a Payment exists); failed: the
 * delayed method failed; expired: the session ended unpaid.
 */
export type AttemptStatus = 'open' | 'awaiting_confirmation' | 'succeeded' | 'failed' | 'expired';

/**
 * One press of "Pay": the balance due at that moment, and one provider session for it. Its id is the
 * session's idempotency key and `client_reference_id`. Only the provider's webhook moves it on.
 */
export class PaymentAttempt {
  id!: string;
  accountId!: string;
  invoiceId!: string;
  contactId!: string | null;
  provider!: 'stripe';
  stripeAccountId!: string;
  amountMinor!: bigint;
  currency!: string;
  providerSessionId!: string | null;
  providerPaymentId!: string | null;
  status!: AttemptStatus;
  failureReason!: string | null;
  createdAt!: Date;
  updatedAt!: Date;

  static start(
    props: {
      accountId: string;
      invoiceId: string;
      contactId: string | null;
      stripeAccountId: string;
      amountMinor: bigint;
      currency: string;
    },
    now = new Date(),
  ): PaymentAttempt {
    const attempt = new PaymentAttempt();
    Object.assign(attempt, props);
    attempt.id = newId();
    attempt.provider = 'stripe';
    attempt.providerSessionId = null;
    attempt.providerPaymentId = null;
    attempt.status = 'open';
    attempt.failureReason = null;
    attempt.createdAt = now;
    attempt.updatedAt = now;
    return attempt;
  }

  sessionCreated(sessionId: string, now = new Date()): void {
    this.providerSessionId = sessionId;
    this.updatedAt = now;
  }

  /** The payer finished, with a method that pays later. A later outcome already known wins. */
  awaitConfirmation(paymentId: string | null, now = new Date()): void {
    if (this.status !== 'open') return;
    this.status = 'awaiting_confirmation';
    this.providerPaymentId ??= paymentId;
    this.updatedAt = now;
  }

  /** The money is in: whatever was thought before (a late success after a failure still counts). */
  succeed(paymentId: string, now = new Date()): void {
    this.status = 'succeeded';
    this.providerPaymentId = paymentId;
    this.failureReason = null;
    this.updatedAt = now;
  }

  fail(reason: string, now = new Date()): void {
    if (this.status === 'succeeded' || this.status === 'failed') return;
    this.status = 'failed';
    this.failureReason = reason;
    this.updatedAt = now;
  }

  expire(now = new Date()): void {
    if (this.status !== 'open') return;
    this.status = 'expired';
    this.updatedAt = now;
  }
}

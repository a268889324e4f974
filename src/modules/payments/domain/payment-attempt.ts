import { newId } from '../../../../libs/ids';

/**
 * open: a session waits for the payer; awaiting_confirmation: the session completed but a delayed
 * method (bank debit) has not paid yet; succeeded: the money is in (a Payment exists); failed: the
 * delayed method failed; expired: the session ended unpaid.
 */
export type AttemptStatus = 'open' | 'awaiting_confirmation' | 'succeeded' | 'failed' | 'expired';

/** How long Settle keeps looking at an open bank payment whose webhook never came. */
const BANK_LOOK_FOR_MS = 24 * 60 * 60 * 1000;
/** The wait between looks doubles from the configured one up to this many times it. */
const BANK_LOOK_MAX_FACTOR = 32;

/**
 * One press of "Pay": the balance due at that moment, and one provider session for it (a Stripe
 * Checkout Session, or a Crezco pay demand). Its id is the session's idempotency key. Only what the
 * provider says moves it on: Stripe's signed webhook, or the status fetched from Crezco.
 */
export class PaymentAttempt {
  id!: string;
  accountId!: string;
  invoiceId!: string;
  contactId!: string | null;
  provider!: 'stripe' | 'crezco';
  stripeAccountId!: string | null;
  crezcoUserId!: string | null;
  amountMinor!: bigint;
  currency!: string;
  providerSessionId!: string | null;
  providerPaymentId!: string | null;
  status!: AttemptStatus;
  failureReason!: string | null;
  /** A bank attempt's next look at Crezco by the poll (null: not polled). */
  nextCheckAt!: Date | null;
  checks!: number;
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
    return PaymentAttempt.begin({ ...props, provider: 'stripe', crezcoUserId: null }, now);
  }

  /** A press of "Pay by bank": a pay demand for the business's Crezco user. */
  static startBank(
    props: {
      accountId: string;
      invoiceId: string;
      contactId: string | null;
      crezcoUserId: string;
      amountMinor: bigint;
      currency: string;
    },
    now = new Date(),
  ): PaymentAttempt {
    return PaymentAttempt.begin({ ...props, provider: 'crezco', stripeAccountId: null }, now);
  }

  private static begin(
    props: Pick<
      PaymentAttempt,
      | 'accountId'
      | 'invoiceId'
      | 'contactId'
      | 'provider'
      | 'stripeAccountId'
      | 'crezcoUserId'
      | 'amountMinor'
      | 'currency'
    >,
    now: Date,
  ): PaymentAttempt {
    const attempt = new PaymentAttempt();
    Object.assign(attempt, props);
    attempt.id = newId();
    attempt.providerSessionId = null;
    attempt.providerPaymentId = null;
    attempt.status = 'open';
    attempt.failureReason = null;
    attempt.nextCheckAt = null;
    attempt.checks = 0;
    attempt.createdAt = now;
    attempt.updatedAt = now;
    return attempt;
  }

  /** The pay demand exists: the poll looks at it after `firstLookMs` unless a webhook comes first. */
  payDemandCreated(payDemandId: string, firstLookMs: number, now = new Date()): void {
    this.providerSessionId = payDemandId;
    this.nextCheckAt = new Date(now.getTime() + firstLookMs);
    this.updatedAt = now;
  }

  isOpenBankAttempt(): boolean {
    return this.provider === 'crezco' && (this.status === 'open' || this.status === 'awaiting_confirmation');
  }

  /**
   * After a look at Crezco that settled nothing: the next one waits twice as long (from
   * `firstLookMs`, up to 32 times it); a day after it began, an attempt still open is given up.
   */
  lookedAt(firstLookMs: number, now = new Date()): void {
    this.checks += 1;
    if (!this.isOpenBankAttempt()) {
      this.nextCheckAt = null;
      return;
    }
    if (now.getTime() - this.createdAt.getTime() > BANK_LOOK_FOR_MS) {
      this.nextCheckAt = null;
      this.expire(now);
      return;
    }
    const factor = Math.min(2 ** this.checks, BANK_LOOK_MAX_FACTOR);
    this.nextCheckAt = new Date(now.getTime() + firstLookMs * factor);
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
    if (this.status !== 'open' && !(this.provider === 'crezco' && this.status === 'awaiting_confirmation')) return;
    this.status = 'expired';
    this.updatedAt = now;
  }
}

import { newId } from '../../../../libs/ids';
import type { DomainEvent } from '../../../platform/outbox/domain-event';
import { PaymentSucceededEvent, type PaymentSource } from '../contracts/payment-succeeded.event';
import { PaymentsErrors } from '../payments.errors';
import { crezcoTokenOf, referenceOf } from './payment-reference';
import { METHOD_NAMES, type PaymentMethod } from './payment-method';

export type PaymentStatus = 'succeeded' | 'partially_refunded' | 'refunded';

/** pending: the saga has not applied it yet; applied: it lowered the balance; overpaid: some or all of it was not due. */
export type ApplicationState = 'pending' | 'applied' | 'overpaid';

/** pending: written or to be written; not_applicable: the invoice is not in QuickBooks. */
export type QuickBooksState = 'pending' | 'recorded' | 'failed' | 'not_applicable';

export interface PaymentHistoryEntry {
  at: string;
  what: string;
}

/** What Invoicing answered when the saga applied the payment. */
export interface InvoiceApplication {
  outcome: 'applied' | 'overpaid' | 'already_applied';
  appliedMinor: bigint;
  quickBooksInvoiceId: string | null;
}

/**
 * Money received for an invoice: taken by a provider (unique by its payment id) or recorded by a
 * user. It raises PaymentSucceeded once, when made; the saga then applies it to the invoice and
 * writes it to QuickBooks, and the payment keeps what happened, step by step.
 */
export class Payment {
  id!: string;
  accountId!: string;
  invoiceId!: string;
  contactId!: string | null;
  attemptId!: string | null;
  source!: PaymentSource;
  method!: PaymentMethod;
  methodName!: string;
  amountMinor!: bigint;
  currency!: string;
  reference!: string | null;
  paidOn!: string;
  providerPaymentId!: string | null;
  status!: PaymentStatus;
  refundedMinor!: bigint;
  needsReconcile!: boolean;
  application!: ApplicationState;
  appliedMinor!: bigint | null;
  quickBooksInvoiceId!: string | null;
  quickBooksState!: QuickBooksState;
  quickBooksPaymentId!: string | null;
  quickBooksFailure!: string | null;
  recordedByUserId!: string | null;
  history!: PaymentHistoryEntry[];
  createdAt!: Date;
  updatedAt!: Date;

  /** Not mapped: MikroORM may build loaded payments without running field initialisers. */
  private pendingEvents?: DomainEvent[];

  static takenByStripe(
    props: {
      accountId: string;
      invoiceId: string;
      contactId: string | null;
      attemptId: string;
      paymentIntentId: string;
      amountMinor: bigint;
      currency: string;
      paidOn: string;
    },
    now = new Date(),
  ): Payment {
    return Payment.make(
      {
        ...props,
        source: 'stripe',
        method: 'stripe',
        providerPaymentId: props.paymentIntentId,
        reference: referenceOf(props.paymentIntentId),
        recordedByUserId: null,
      },
      `Paid by card through Stripe (${props.paymentIntentId})`,
      now,
    );
  }

  /** A Crezco payment whose fetched status is completed; its reference is a short token of its id. */
  static takenByCrezco(
    props: {
      accountId: string;
      invoiceId: string;
      contactId: string | null;
      attemptId: string;
      crezcoPaymentId: string;
      amountMinor: bigint;
      currency: string;
      paidOn: string;
    },
    now = new Date(),
  ): Payment {
    return Payment.make(
      {
        ...props,
        source: 'crezco',
        method: 'crezco',
        providerPaymentId: props.crezcoPaymentId,
        reference: crezcoTokenOf(props.crezcoPaymentId),
        recordedByUserId: null,
      },
      `Paid by bank through Crezco (${props.crezcoPaymentId})`,
      now,
    );
  }

  static recordedByUser(
    props: {
      accountId: string;
      invoiceId: string;
      contactId: string | null;
      method: PaymentMethod;
      amountMinor: bigint;
      currency: string;
      paidOn: string;
      reference: string | null;
      userId: string;
    },
    now = new Date(),
  ): Payment {
    return Payment.make(
      { ...props, source: 'manual', attemptId: null, providerPaymentId: null, recordedByUserId: props.userId },
      `Recorded by a user as paid through ${METHOD_NAMES[props.method]}`,
      now,
    );
  }

  private static make(
    props: Pick<
      Payment,
      | 'accountId'
      | 'invoiceId'
      | 'contactId'
      | 'attemptId'
      | 'source'
      | 'method'
      | 'amountMinor'
      | 'currency'
      | 'paidOn'
      | 'reference'
      | 'providerPaymentId'
      | 'recordedByUserId'
    >,
    what: string,
    now: Date,
  ): Payment {
    const payment = new Payment();
    Object.assign(payment, props);
    payment.id = newId();
    payment.methodName = METHOD_NAMES[props.method];
    payment.status = 'succeeded';
    payment.refundedMinor = 0n;
    payment.needsReconcile = false;
    payment.application = 'pending';
    payment.appliedMinor = null;
    payment.quickBooksInvoiceId = null;
    payment.quickBooksState = 'pending';
    payment.quickBooksPaymentId = null;
    payment.quickBooksFailure = null;
    payment.history = [];
    payment.createdAt = now;
    payment.note(what, now);
    payment.record(
      new PaymentSucceededEvent(
        payment.accountId,
        payment.id,
        payment.invoiceId,
        payment.amountMinor.toString(),
        payment.currency,
        payment.source,
        payment.methodName,
        payment.reference,
        payment.paidOn,
      ),
    );
    return payment;
  }

  /**
   * Invoicing has applied it. Answers whether it goes to QuickBooks: when the invoice is there and
   * this was not a repeat (an overpayment too, left unapplied there for the business).
   */
  appliedToInvoice(applied: InvoiceApplication, now = new Date()): boolean {
    if (applied.outcome === 'already_applied' && this.application !== 'pending') return false;
    this.appliedMinor = applied.appliedMinor;
    this.application = applied.outcome === 'overpaid' ? 'overpaid' : 'applied';
    this.quickBooksInvoiceId = applied.quickBooksInvoiceId;
    const toQuickBooks =
      applied.quickBooksInvoiceId !== null && (applied.appliedMinor > 0n || applied.outcome !== 'already_applied');
    this.quickBooksState = toQuickBooks ? 'pending' : 'not_applicable';
    this.note(
      this.application === 'overpaid'
        ? `Applied to the invoice: ${applied.appliedMinor} of ${this.amountMinor} was due; overpaid, for the business to settle`
        : `Applied to the invoice (${applied.appliedMinor})`,
      now,
    );
    if (toQuickBooks) this.note('Sent to QuickBooks', now);
    return toQuickBooks;
  }

  quickBooksRecorded(quickBooksPaymentId: string, now = new Date()): void {
    this.quickBooksState = 'recorded';
    this.quickBooksPaymentId = quickBooksPaymentId;
    this.quickBooksFailure = null;
    this.note(`Recorded in QuickBooks as Payment ${quickBooksPaymentId}`, now);
  }

  quickBooksFailed(reason: string, now = new Date()): void {
    if (this.quickBooksState === 'recorded') return;
    this.quickBooksState = 'failed';
    this.quickBooksFailure = reason;
    this.note(`Not in QuickBooks: ${reason}`, now);
  }

  /** Sends it to QuickBooks again (same payment id, so QuickBooks' requestid makes it once). */
  retryQuickBooks(why: string, now = new Date()): { invoiceQuickBooksId: string; appliedMinor: bigint } {
    if (this.quickBooksState === 'recorded') throw PaymentsErrors.notRetryable('it is already in QuickBooks');
    if (this.application === 'pending') throw PaymentsErrors.notRetryable('it has not been applied to its invoice yet');
    if (!this.quickBooksInvoiceId) throw PaymentsErrors.notRetryable('its invoice is not in QuickBooks');
    this.quickBooksState = 'pending';
    this.note(`Sent to QuickBooks again (${why})`, now);
    return { invoiceQuickBooksId: this.quickBooksInvoiceId, appliedMinor: this.appliedMinor ?? 0n };
  }

  /**
   * The provider refunded (cumulative amount, as Stripe reports it; events may come out of order).
   * Nothing is reopened: the business reconciles the invoice and QuickBooks itself.
   */
  refunded(totalRefundedMinor: bigint, now = new Date()): boolean {
    if (totalRefundedMinor <= this.refundedMinor) return false;
    this.refundedMinor = totalRefundedMinor;
    this.status = totalRefundedMinor >= this.amountMinor ? 'refunded' : 'partially_refunded';
    this.needsReconcile = true;
    this.note(`Refunded ${totalRefundedMinor} of ${this.amountMinor} in all: refunded — reconcile`, now);
    return true;
  }

  pullEvents(): DomainEvent[] {
    const events = this.pendingEvents ?? [];
    this.pendingEvents = [];
    return events;
  }

  private note(what: string, now: Date): void {
    this.history = [...(this.history ?? []), { at: now.toISOString(), what }];
    this.updatedAt = now;
  }

  private record(event: DomainEvent): void {
    this.pendingEvents = [...(this.pendingEvents ?? []), event];
  }
}

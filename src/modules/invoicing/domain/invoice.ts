import { newId } from '../../../../libs/ids';
import type { PostalAddress } from '../../contacts/contracts';
import {
  InvoicePaidEvent,
  InvoiceRemovedEvent,
  InvoiceSentEvent,
  type InvoiceRemovalReason,
  type InvoiceUpsertResult,
  type QuickBooksInvoiceRecord,
} from '../contracts';
import { InvoicingErrors } from '../invoicing.errors';
import { AppliedPayment, type PaymentSource } from './applied-payment';
import type { InvoiceLine, InvoiceTaxLine, TaxTreatment } from './invoice-line';
import { invoiceStatusOn, paymentStateOf, type InvoiceStatus, type PaymentState } from './invoice-status';
import { computeInvoiceTotals } from './invoice-totals';
import { actorLabel, QUICKBOOKS_ACTOR, type Actor, type LastActionKind, type UserActor } from './last-action';
import { PublicToken } from './public-token';
import { compareVersions, type QuickBooksVersion } from '../../../../libs/quickbooks/object-version';
import { snapshotOf, type QuickBooksSnapshot } from './quickbooks-snapshot';
import { sameValue } from './same-value';

export type InvoiceEvent = InvoicePaidEvent | InvoiceRemovedEvent | InvoiceSentEvent;

/** A payment Settle took (Stripe, Crezco) or a user recorded, in minor units of `currency`. */
export interface IncomingPayment {
  paymentId: string;
  amountMinor: bigint;
  currency: string;
  source: PaymentSource;
  /** When the money was received, as Payments says it (ISO). */
  paidAt: string;
}

const LAST_ACTION_BY_SOURCE: Record<PaymentSource, LastActionKind> = {
  stripe: 'paid_by_card',
  crezco: 'paid_by_bank',
  manual: 'marked_paid',
};

export interface QuickBooksApplyOutcome {
  result: InvoiceUpsertResult;
  reasons: string[];
}

/** Where Settle's figures and QuickBooks' disagree (QuickBooks' stand). */
export interface TotalsMismatch {
  computedTotalMinor: bigint;
  quickBooksTotalMinor: bigint;
}

/**
 * An invoice: QuickBooks' document (read-only here, replaced by newer revisions), Settle's own
 * fields (the message), its public link, and what happened to it last. An invoice removed from
 * Settle keeps its row as a tombstone, so that QuickBooks can never bring it back.
 */
export class Invoice {
  id!: string;
  accountId!: string;
  contactId!: string;
  number!: string | null;
  txnDate!: string;
  dueDate!: string | null;
  contactName!: string | null;
  billingAddress!: PostalAddress | null;
  billEmail!: string | null;
  currency!: string;
  exchangeRate!: string | null;
  taxTreatment!: TaxTreatment;
  applyTaxAfterDiscount!: boolean;
  lines!: InvoiceLine[];
  taxLines!: InvoiceTaxLine[];
  subtotalMinor!: bigint;
  discountMinor!: bigint;
  taxMinor!: bigint;
  totalMinor!: bigint;
  balanceMinor!: bigint;
  homeTotalMinor!: bigint | null;
  /** Settle's total computed from the lines; differs from totalMinor only when flagged. */
  computedTotalMinor!: bigint;
  totalsMismatch!: boolean;
  /** What Settle's own payments took off the balance, so that QuickBooks lagging behind cannot put it back. */
  paidInSettleMinor = 0n;
  /**
   * Money received beyond what was due (paid twice, or after a void or removal): Payments keeps the
   * payment, and the business sees the invoice flagged to settle it with the customer.
   */
  overpaidMinor = 0n;
  /** Derived from total and balance at each revision, so the list can filter on it. */
  paymentState!: PaymentState;
  customerMemo!: string | null;
  publicToken!: string;
  message: string | null = null;
  /** The text last sent with the invoice's link, as its sender wrote it (placeholders kept). */
  textMessage: string | null = null;
  voidedInQuickBooks = false;
  deletedInQuickBooks = false;
  quickBooksId!: string | null;
  /** The QuickBooks customer the invoice is for (a payment written to QuickBooks names it). */
  quickBooksCustomerId!: string | null;
  quickBooksSyncToken!: string | null;
  quickBooksUpdatedAt!: Date | null;
  lastActionKind!: LastActionKind;
  lastActionBy!: string;
  lastActionAt!: Date;
  removedAt: Date | null = null;
  removalReason: InvoiceRemovalReason | null = null;
  createdAt!: Date;
  updatedAt!: Date;

  /** Not mapped: MikroORM may build loaded invoices without running field initialisers. */
  private pendingEvents?: InvoiceEvent[];

  /** A QuickBooks invoice seen for the first time. */
  static importFromQuickBooks(props: {
    accountId: string;
    contactId: string;
    record: QuickBooksInvoiceRecord;
    now: Date;
  }): Invoice {
    const invoice = new Invoice();
    invoice.id = newId(props.now.getTime());
    invoice.accountId = props.accountId;
    invoice.publicToken = PublicToken.generate();
    invoice.createdAt = props.now;
    invoice.takeQuickBooksRevision(snapshotOf(props.record, props.contactId), props.record);
    invoice.recordAction('imported', QUICKBOOKS_ACTOR, props.now);
    return invoice;
  }

  deletedInSettle(): boolean {
    return this.removalReason === 'deleted_in_settle';
  }

  isRemoved(): boolean {
    return this.removedAt !== null;
  }

  isPaid(): boolean {
    return this.balanceMinor <= 0n;
  }

  /** Open, partly paid or overdue, with something left to pay, and neither removed, voided nor deleted. */
  isPayable(): boolean {
    return !this.isRemoved() && !this.voidedInQuickBooks && !this.deletedInQuickBooks && this.balanceMinor > 0n;
  }

  /** Whether anything was paid against it (so a void in QuickBooks does not make it disappear). */
  hasPayments(): boolean {
    return this.balanceMinor < this.totalMinor;
  }

  statusOn(today: string): InvoiceStatus {
    return invoiceStatusOn(this, today);
  }

  totalsMismatchDetail(): TotalsMismatch | null {
    if (!this.totalsMismatch) return null;
    return { computedTotalMinor: this.computedTotalMinor, quickBooksTotalMinor: this.totalMinor };
  }

  /** The QuickBooks revision this invoice holds (before any, an empty SyncToken at the epoch). */
  quickBooksVersion(): QuickBooksVersion {
    return { syncToken: this.quickBooksSyncToken ?? '', updatedAt: this.quickBooksUpdatedAt ?? new Date(0) };
  }

  /**
   * A revision of this invoice from QuickBooks: applied only when newer than the one held; a void
   * removes an unpaid invoice (InvoiceRemoved) and marks a paid one; a removed invoice stays removed.
   */
  applyQuickBooksRevision(record: QuickBooksInvoiceRecord, contactId: string, now: Date): QuickBooksApplyOutcome {
    if (this.deletedInSettle()) return { result: 'skipped', reasons: ['deleted in Settle'] };
    if (this.isRemoved()) return { result: 'skipped', reasons: [`removed from Settle (${this.removalReason})`] };
    const incoming = { syncToken: record.syncToken, updatedAt: new Date(record.lastUpdatedAt) };
    const stored = this.quickBooksVersion();
    if (compareVersions(incoming, stored) !== 'newer') {
      const same = incoming.syncToken === stored.syncToken;
      return { result: 'unchanged', reasons: [same ? 'already up to date' : 'older than the revision held'] };
    }
    if (record.voided) return this.voidInQuickBooks(record, now);
    const revision = { ...snapshotOf(record, contactId), balanceMinor: this.balanceKnownTo(record) };
    if (this.holds(revision)) {
      // QuickBooks echoing what Settle holds (Settle's own payment, a note Settle does not keep).
      this.takeQuickBooksRevision(revision, record);
      return { result: 'unchanged', reasons: ['nothing Settle keeps changed'] };
    }
    const paidInQuickBooks =
      revision.balanceMinor < this.balanceMinor &&
      revision.totalMinor - revision.balanceMinor > this.totalMinor - this.balanceMinor;
    const wasDue = this.balanceMinor > 0n;
    this.takeQuickBooksRevision(revision, record);
    if (!paidInQuickBooks) {
      this.recordAction('updated_from_quickbooks', QUICKBOOKS_ACTOR, now);
      return { result: 'updated', reasons: [] };
    }
    this.recordAction('paid_in_quickbooks', QUICKBOOKS_ACTOR, now);
    if (wasDue && this.isPaid())
      this.raise(new InvoicePaidEvent(this.accountId, this.id, record.lastUpdatedAt, 'quickbooks'));
    return { result: 'updated', reasons: ['paid in QuickBooks'] };
  }

  /**
   * A payment Settle took or recorded (the payment saga's first step): the balance goes down by at
   * most what is due, and InvoicePaid is raised when it reaches zero. What was not due (an invoice
   * already paid, voided, deleted or removed; more than the balance) is kept as overpaid for the
   * business to settle. The handler makes it once per payment id.
   */
  applyPayment(payment: IncomingPayment, now: Date): AppliedPayment {
    if (payment.currency !== this.currency)
      throw InvoicingErrors.paymentCurrencyMismatch(payment.currency, this.currency);
    if (payment.amountMinor <= 0n) throw InvoicingErrors.paymentAmountNotPositive();
    const due = this.isPayable() ? this.balanceMinor : 0n;
    const appliedMinor = payment.amountMinor < due ? payment.amountMinor : due;
    this.overpaidMinor += payment.amountMinor - appliedMinor;
    this.updatedAt = now;
    if (appliedMinor > 0n) {
      this.balanceMinor -= appliedMinor;
      this.paidInSettleMinor += appliedMinor;
      this.paymentState = paymentStateOf(this.totalMinor, this.balanceMinor);
      this.recordAction(LAST_ACTION_BY_SOURCE[payment.source], { kind: 'payment', paymentId: payment.paymentId }, now);
      if (this.isPaid()) this.raise(new InvoicePaidEvent(this.accountId, this.id, payment.paidAt, 'settle'));
    }
    return AppliedPayment.of({
      paymentId: payment.paymentId,
      accountId: this.accountId,
      invoiceId: this.id,
      source: payment.source,
      amountMinor: payment.amountMinor,
      appliedMinor,
      paidAt: new Date(payment.paidAt),
      appliedAt: now,
    });
  }

  /** QuickBooks deleted the invoice: removed when unpaid, kept and flagged when paid. */
  deleteInQuickBooks(now: Date): QuickBooksApplyOutcome {
    if (this.isRemoved()) return { result: 'unchanged', reasons: ['already removed from Settle'] };
    if (this.hasPayments()) {
      this.deletedInQuickBooks = true;
      this.recordAction('deleted_in_quickbooks', QUICKBOOKS_ACTOR, now);
      return { result: 'updated', reasons: ['deleted in QuickBooks after a payment: kept in Settle'] };
    }
    this.remove('deleted_in_quickbooks', QUICKBOOKS_ACTOR, now);
    return { result: 'removed', reasons: ['deleted in QuickBooks'] };
  }

  /** Settle's own fields: editable until the invoice is paid. */
  editMessage(message: string | null, by: Actor, now: Date): void {
    this.assertChangeable();
    if (this.isPaid()) throw InvoicingErrors.invoicePaid();
    this.message = message === null ? null : message.trim() || null;
    this.recordAction('edited', by, now);
  }

  /** Deleted by a user: gone from Settle (not from QuickBooks), and never brought back by it. */
  deleteInSettle(by: Actor, now: Date): void {
    if (this.isRemoved()) throw InvoicingErrors.invoiceNotFound();
    this.remove('deleted_in_settle', by, now);
  }

  /**
   * A user sends the invoice to its contact (again, for a resend): the text is kept for the next
   * send, and the last action says who sent it and when. A paid invoice has nothing to pay.
   */
  send(textMessage: string | null, by: UserActor, now: Date, messageId: string): void {
    this.assertChangeable();
    if (this.isPaid()) throw InvoicingErrors.invoicePaid();
    if (textMessage !== null) this.textMessage = textMessage;
    this.recordAction('sent', by, now);
    this.raise(
      new InvoiceSentEvent(this.accountId, this.id, this.quickBooksId, by.userId, now.toISOString(), messageId),
    );
  }

  pullEvents(): InvoiceEvent[] {
    const events = this.pendingEvents ?? [];
    this.pendingEvents = [];
    return events;
  }

  private voidInQuickBooks(record: QuickBooksInvoiceRecord, now: Date): QuickBooksApplyOutcome {
    this.quickBooksSyncToken = record.syncToken;
    this.quickBooksUpdatedAt = new Date(record.lastUpdatedAt);
    if (this.hasPayments()) {
      this.voidedInQuickBooks = true;
      this.recordAction('voided_in_quickbooks', QUICKBOOKS_ACTOR, now);
      return { result: 'updated', reasons: ['voided in QuickBooks after a payment: kept in Settle, marked voided'] };
    }
    this.remove('voided_in_quickbooks', QUICKBOOKS_ACTOR, now);
    return { result: 'removed', reasons: ['voided in QuickBooks'] };
  }

  private remove(reason: InvoiceRemovalReason, by: Actor, now: Date): void {
    this.removedAt = now;
    this.removalReason = reason;
    this.recordAction(reason === 'deleted_in_settle' ? 'deleted' : (reason as LastActionKind), by, now);
    this.raise(new InvoiceRemovedEvent(this.accountId, this.id, this.quickBooksId, reason));
  }

  private raise(event: InvoiceEvent): void {
    this.pendingEvents = [...(this.pendingEvents ?? []), event];
  }

  /**
   * QuickBooks' balance, but never above what Settle's own payments left: until Integration has
   * written a payment to QuickBooks (or when it could not), QuickBooks still shows it unpaid.
   */
  private balanceKnownTo(record: QuickBooksInvoiceRecord): bigint {
    const leftBySettle = record.totalAmountMinor - this.paidInSettleMinor;
    const floor = leftBySettle > 0n ? leftBySettle : 0n;
    return record.balanceMinor < floor ? record.balanceMinor : floor;
  }

  private holds(revision: QuickBooksSnapshot): boolean {
    return (Object.keys(revision) as (keyof QuickBooksSnapshot)[]).every((field) =>
      sameValue(this[field], revision[field]),
    );
  }

  private assertChangeable(): void {
    if (this.isRemoved()) throw InvoicingErrors.invoiceNotFound();
    if (this.voidedInQuickBooks) throw InvoicingErrors.invoiceVoided();
  }

  private takeQuickBooksRevision(snapshot: QuickBooksSnapshot, record: QuickBooksInvoiceRecord): void {
    Object.assign(this, snapshot);
    const totals = computeInvoiceTotals(snapshot);
    this.subtotalMinor = totals.subtotal.minorUnits;
    this.discountMinor = totals.discount.minorUnits;
    this.computedTotalMinor = totals.total.minorUnits;
    this.totalsMismatch = totals.total.minorUnits !== snapshot.totalMinor;
    this.paymentState = paymentStateOf(snapshot.totalMinor, snapshot.balanceMinor);
    this.quickBooksId = record.quickBooksId;
    this.quickBooksCustomerId = record.customerQuickBooksId;
    this.quickBooksSyncToken = record.syncToken;
    this.quickBooksUpdatedAt = new Date(record.lastUpdatedAt);
  }

  private recordAction(kind: LastActionKind, by: Actor, at: Date): void {
    this.lastActionKind = kind;
    this.lastActionBy = actorLabel(by);
    this.lastActionAt = at;
    this.updatedAt = at;
  }
}

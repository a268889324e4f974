import { newId } from '../../../../libs/ids';
import type { DomainEvent } from '../../../platform/outbox/domain-event';
import { QuickBooksPaymentFailedEvent } from '../contracts/quickbooks-payment-failed.event';
import { QuickBooksPaymentRecordedEvent } from '../contracts/quickbooks-payment-recorded.event';

/** pending: a job is to write it; written: QuickBooks holds it; failed: it will not go without help. */
export type PaymentWriteState = 'pending' | 'written' | 'failed';

export const PAYMENT_WRITE_LIMITS = {
  paymentId: 100,
  realmId: 32,
  invoiceQuickBooksId: 64,
  currency: 3,
  methodName: 100,
  reference: 200,
  quickBooksPaymentId: 64,
  syncToken: 40,
  lastError: 1000,
} as const;

/** What a request to write a payment asks for, in Settle's terms (minor units, ISO dates). */
export interface PaymentWriteRequest {
  accountId: string;
  paymentId: string;
  invoiceQuickBooksId: string;
  amountMinor: bigint;
  appliedMinor: bigint;
  currency: string;
  methodName: string;
  reference: string | null;
  /** YYYY-MM-DD. */
  paidOn: string;
}

/** What a second request for the same payment did. */
export type PaymentWriteRetry = 'scheduled again' | 'already pending' | 'already written';

/**
 * One Settle payment written to QuickBooks as a Payment: what to write, where it stands, and the
 * QuickBooks Payment it became (its Id is how the Payment QuickBooks reports back is known as
 * Settle's own). `round` counts the times the write was scheduled (a retry after a failure is a
 * new round with a job of its own); `attempts` the times a job tried it.
 */
export class QuickBooksPaymentWrite {
  id!: string;
  accountId!: string;
  paymentId!: string;
  /** Null when the account had no QuickBooks connection to write to. */
  connectionId!: string | null;
  realmId!: string | null;
  invoiceQuickBooksId!: string;
  amountMinor!: bigint;
  appliedMinor!: bigint;
  currency!: string;
  methodName!: string;
  reference!: string | null;
  paidOn!: string;
  state!: PaymentWriteState;
  quickBooksPaymentId!: string | null;
  syncToken!: string | null;
  lastError!: string | null;
  round!: number;
  attempts!: number;
  createdAt!: Date;
  updatedAt!: Date;
  writtenAt!: Date | null;

  /** Not mapped: MikroORM may build loaded rows without running field initialisers. */
  private pendingEvents?: DomainEvent[];

  static request(
    props: PaymentWriteRequest & { connectionId: string | null; realmId: string | null },
    now = new Date(),
  ): QuickBooksPaymentWrite {
    const write = Object.assign(new QuickBooksPaymentWrite(), props);
    write.id = newId();
    write.state = 'pending';
    write.quickBooksPaymentId = null;
    write.syncToken = null;
    write.lastError = null;
    write.round = 1;
    write.attempts = 0;
    write.createdAt = now;
    write.updatedAt = now;
    write.writtenAt = null;
    return write;
  }

  /**
   * A second request for the payment: a failed write goes round again (with what the request says
   * now, and the connection as it is now); a pending or written one is left as it is, and a
   * written one says so again.
   */
  requestAgain(
    request: PaymentWriteRequest & { connectionId: string | null; realmId: string | null },
    now = new Date(),
  ): PaymentWriteRetry {
    if (this.state === 'pending') return 'already pending';
    if (this.state === 'written') {
      this.record(
        new QuickBooksPaymentRecordedEvent(this.accountId, this.paymentId, this.quickBooksPaymentId as string),
      );
      return 'already written';
    }
    Object.assign(this, {
      connectionId: request.connectionId,
      realmId: request.realmId,
      invoiceQuickBooksId: request.invoiceQuickBooksId,
      amountMinor: request.amountMinor,
      appliedMinor: request.appliedMinor,
      currency: request.currency,
      methodName: request.methodName,
      reference: request.reference,
      paidOn: request.paidOn,
    });
    this.state = 'pending';
    this.round += 1;
    this.updatedAt = now;
    return 'scheduled again';
  }

  isPending(): boolean {
    return this.state === 'pending';
  }

  tried(now = new Date()): void {
    this.attempts += 1;
    this.updatedAt = now;
  }

  /** QuickBooks holds the payment as this Payment: recorded with the event, in one transaction. */
  written(quickBooksPaymentId: string, syncToken: string, now = new Date()): void {
    if (this.state === 'written') return;
    this.state = 'written';
    this.quickBooksPaymentId = quickBooksPaymentId;
    this.syncToken = syncToken;
    this.lastError = null;
    this.writtenAt = now;
    this.updatedAt = now;
    this.record(new QuickBooksPaymentRecordedEvent(this.accountId, this.paymentId, quickBooksPaymentId));
  }

  /** It will not be written without help; `reason` is fit to show (QuickBooks' own words). */
  fail(reason: string, now = new Date()): void {
    if (this.state !== 'pending') return;
    this.state = 'failed';
    this.lastError = reason.slice(0, PAYMENT_WRITE_LIMITS.lastError);
    this.updatedAt = now;
    this.record(new QuickBooksPaymentFailedEvent(this.accountId, this.paymentId, this.lastError));
  }

  /** A later revision of Settle's own Payment (QuickBooks reported it back): keep its SyncToken. */
  seen(syncToken: string, now = new Date()): void {
    if (this.state !== 'written' || this.syncToken === syncToken) return;
    if (Number(syncToken) < Number(this.syncToken)) return;
    this.syncToken = syncToken;
    this.updatedAt = now;
  }

  /** The events recorded since the last call, for the outbox. */
  pullEvents(): DomainEvent[] {
    const events = this.pendingEvents ?? [];
    this.pendingEvents = [];
    return events;
  }

  private record(event: DomainEvent): void {
    this.pendingEvents = [...(this.pendingEvents ?? []), event];
  }
}

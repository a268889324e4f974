import { randomUUID } from 'node:crypto';
import { isTerminalCrezcoStatus, type CrezcoPayment, type CrezcoPaymentStatusCode } from '../../../crezco';
import { crezcoReferenceProblem } from '../../../crezco';
import type { PayDemandRecord } from '../pay-demands/pay-demands';
import type { ResolvedSandboxOptions } from '../sandbox-options';

/** What the payer does at the bank. */
export const PAYER_DECISIONS = ['approve', 'cancel', 'fail', 'deny', 'decline'] as const;
export type PayerDecision = (typeof PAYER_DECISIONS)[number];

const DECIDED: Record<Exclude<PayerDecision, 'approve'>, CrezcoPaymentStatusCode> = {
  cancel: 'Cancelled',
  fail: 'Failed',
  deny: 'Denied',
  decline: 'Declined',
};

export interface PaymentRecord {
  id: string;
  payDemandId: string;
  userId: string;
  journeyId: string;
  status: CrezcoPaymentStatusCode;
  bankId: string;
  amount: string;
  currency: string;
  reference: string;
  createdAt: string;
  updatedAt: string;
  history: { status: CrezcoPaymentStatusCode; at: string }[];
}

/** Called on every change of status, to raise the webhook it means. */
export type StatusListener = (record: PaymentRecord, demand: PayDemandRecord) => void;

/**
 * Payments and their states: New when made; the payer's decision at the bank; then timers move an
 * Authorised payment to Accepted and Completed (each null = wait for `advance`), and a payment left
 * New too long to the bank-timeout status. Timers are unref'd and cancelled by clear().
 */
export class PaymentService {
  private readonly byId = new Map<string, PaymentRecord>();
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly options: () => ResolvedSandboxOptions,
    private readonly demandOf: (payDemandId: string) => PayDemandRecord,
    private readonly onStatus: StatusListener,
  ) {}

  create(demand: PayDemandRecord, journeyId: string, bankId = ''): PaymentRecord {
    const now = new Date().toISOString();
    const record: PaymentRecord = {
      id: randomUUID(),
      payDemandId: demand.demand.payDemandId,
      userId: demand.userId,
      journeyId,
      status: 'New',
      bankId,
      amount: demand.demand.amount,
      currency: demand.demand.currency,
      reference: demand.demand.reference,
      createdAt: now,
      updatedAt: now,
      history: [{ status: 'New', at: now }],
    };
    this.byId.set(record.id, record);
    this.onStatus(record, demand);
    this.schedule(record, 'bankTimeoutMs', this.options().bankTimeoutStatus);
    return record;
  }

  chooseBank(id: string, bankId: string): void {
    const record = this.get(id);
    record.bankId = bankId;
  }

  /** The payer's answer at the bank; only a New payment takes one. */
  decide(id: string, decision: PayerDecision): PaymentRecord {
    const record = this.get(id);
    if (record.status !== 'New') return record;
    if (decision !== 'approve') return this.move(record, DECIDED[decision]);
    const badReference = crezcoReferenceProblem(record.reference) !== undefined;
    if (badReference && this.options().referenceRule === 'deny') return this.move(record, 'Denied');
    this.move(record, 'Authorised');
    this.schedule(record, 'acceptedAfterMs', 'Accepted');
    return record;
  }

  /** Sets a status now, whatever the current one, and stops the timers of this payment. */
  advance(id: string, status: CrezcoPaymentStatusCode): PaymentRecord {
    const record = this.get(id);
    this.cancel(id);
    return this.move(record, status, false);
  }

  find(id: string): PaymentRecord | undefined {
    return this.byId.get(id);
  }

  get(id: string): PaymentRecord {
    const record = this.byId.get(id);
    if (!record) throw new Error(`No payment ${id}`);
    return record;
  }

  ofDemand(payDemandId: string): PaymentRecord[] {
    return this.all().filter((record) => record.payDemandId === payDemandId);
  }

  all(): PaymentRecord[] {
    return [...this.byId.values()];
  }

  /** The wire form, with the success status under the name the sandbox is told to use. */
  view(record: PaymentRecord): CrezcoPayment {
    return {
      id: record.id,
      payDemandId: record.payDemandId,
      userId: record.userId,
      status: { code: this.code(record.status) },
      amount: record.amount,
      currency: record.currency,
      reference: record.reference,
      bankId: record.bankId,
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
    };
  }

  code(status: CrezcoPaymentStatusCode): string {
    return status === 'Completed' ? this.options().completedStatusCode : status;
  }

  clear(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.byId.clear();
  }

  private move(record: PaymentRecord, status: CrezcoPaymentStatusCode, scheduleNext = true): PaymentRecord {
    this.cancel(record.id);
    const at = new Date().toISOString();
    record.status = status;
    record.updatedAt = at;
    record.history.push({ status, at });
    this.onStatus(record, this.demandOf(record.payDemandId));
    if (scheduleNext && status === 'Accepted') this.schedule(record, 'completedAfterMs', 'Completed');
    return record;
  }

  private schedule(
    record: PaymentRecord,
    timing: 'acceptedAfterMs' | 'completedAfterMs' | 'bankTimeoutMs',
    next: CrezcoPaymentStatusCode,
  ): void {
    const delay = this.options().statusTimings[timing];
    if (delay === null || isTerminalCrezcoStatus(record.status)) return;
    const from = record.status;
    const timer = setTimeout(() => {
      this.timers.delete(record.id);
      if (record.status === from) this.move(record, next);
    }, delay).unref();
    this.timers.set(record.id, timer);
  }

  private cancel(id: string): void {
    const timer = this.timers.get(id);
    if (timer) clearTimeout(timer);
    this.timers.delete(id);
  }
}

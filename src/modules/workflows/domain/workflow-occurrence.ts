import { newId } from '../../../../libs/ids';
import type { PlannedOccurrence } from './occurrences';

export type OccurrenceKind = 'reminder' | 'thank_you';

/** scheduled → sending → sent | skipped | failed; scheduled → cancelled | skipped | failed. */
export type OccurrenceState = 'scheduled' | 'sending' | 'sent' | 'skipped' | 'failed' | 'cancelled';

export const SKIP_REASONS = [
  'paid',
  'removed',
  'voided',
  'opted_out',
  'no_mobile',
  'number_barred',
  'in_the_past_when_attached',
  'no_due_date',
  'missed',
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];
/** Reasons found when the time comes (or after downtime); the others are settled when attaching. */
export type SendTimeSkipReason = Exclude<SkipReason, 'in_the_past_when_attached' | 'no_due_date'>;

export type CancelReason = 'paid' | 'removed';

/** Which invoice step an occurrence belongs to. */
export interface OccurrenceOwner {
  accountId: string;
  invoiceId: string;
  stepId: string;
  kind: OccurrenceKind;
}

/** A move the state machine does not allow: a bug in the caller, never the user's fault. */
export class OccurrenceMoveRefusedError extends Error {
  constructor(
    readonly occurrenceId: string,
    readonly from: OccurrenceState,
    readonly move: string,
  ) {
    super(`Workflow occurrence ${occurrenceId} is ${from}: it cannot ${move}`);
    this.name = 'OccurrenceMoveRefusedError';
  }
}

const FAILURE_REASON_MAX_LENGTH = 500;

/**
 * One time a step of an invoice's workflow goes (a reminder or a repeat of it, or the thank-you),
 * at its UTC time. Its id is its idempotency key with Messaging (the message id of its text), so a
 * worker killed mid-send, a retry or two workers racing send it once. A sent occurrence never
 * moves again; an ended one (skipped, failed, cancelled) neither.
 */
export class WorkflowOccurrence {
  id!: string;
  accountId!: string;
  invoiceId!: string;
  stepId!: string;
  kind!: OccurrenceKind;
  /** 0 the first time the step goes, 1.. its repeats. */
  index!: number;
  /** Null only for a reminder skipped because the invoice has no due date. */
  dueAt!: Date | null;
  movedByQuietHours!: boolean;
  state!: OccurrenceState;
  /** Why it was skipped, cancelled or failed; null otherwise. */
  reason!: string | null;
  attempts!: number;
  sendingSince!: Date | null;
  /** The Messaging message it became. */
  messageId!: string | null;
  sentAt!: Date | null;
  createdAt!: Date;
  updatedAt!: Date;

  /** An occurrence as attaching planned it: scheduled, or skipped with why. */
  static fromPlan(owner: OccurrenceOwner, planned: PlannedOccurrence, now = new Date()): WorkflowOccurrence {
    const occurrence = WorkflowOccurrence.base(owner, planned.index, planned.dueAt, planned.movedByQuietHours, now);
    if (planned.state === 'skipped') {
      occurrence.state = 'skipped';
      occurrence.reason = planned.skipReason;
    }
    return occurrence;
  }

  static schedule(
    owner: OccurrenceOwner,
    when: { index: number; dueAt: Date; movedByQuietHours: boolean },
    now = new Date(),
  ): WorkflowOccurrence {
    return WorkflowOccurrence.base(owner, when.index, when.dueAt, when.movedByQuietHours, now);
  }

  private static base(
    owner: OccurrenceOwner,
    index: number,
    dueAt: Date | null,
    movedByQuietHours: boolean,
    now: Date,
  ): WorkflowOccurrence {
    const occurrence = Object.assign(new WorkflowOccurrence(), owner);
    occurrence.id = newId(now.getTime());
    occurrence.index = index;
    occurrence.dueAt = dueAt;
    occurrence.movedByQuietHours = movedByQuietHours;
    occurrence.state = 'scheduled';
    occurrence.reason = null;
    occurrence.attempts = 0;
    occurrence.sendingSince = null;
    occurrence.messageId = null;
    occurrence.sentAt = null;
    occurrence.createdAt = now;
    occurrence.updatedAt = now;
    return occurrence;
  }

  /** The key Messaging dedupes on (a UUID, fit to be the text's message id); the same every try. */
  idempotencyKey(): string {
    return this.id;
  }

  isScheduled(): boolean {
    return this.state === 'scheduled';
  }

  /** Sent, skipped, failed or cancelled: nothing more happens to it. */
  hasEnded(): boolean {
    return this.state !== 'scheduled' && this.state !== 'sending';
  }

  /**
   * A worker takes it to send. Taking one already sending is a retry after a worker died mid-send:
   * allowed, since the same idempotency key makes Messaging send it once.
   */
  startSending(now = new Date()): void {
    if (this.hasEnded()) throw this.refused('start sending');
    this.state = 'sending';
    this.attempts += 1;
    this.sendingSince = now;
    this.updatedAt = now;
  }

  /** Messaging took the text as `messageId`. Told again with the same message, nothing changes. */
  markSent(messageId: string, now = new Date()): void {
    if (this.state === 'sent' && this.messageId === messageId) return;
    if (this.state !== 'sending') throw this.refused('be marked sent');
    this.state = 'sent';
    this.messageId = messageId;
    this.sentAt = now;
    this.sendingSince = null;
    this.updatedAt = now;
  }

  /** It will not go, for `reason` (found when its time came, or `missed` after downtime). */
  skip(reason: SendTimeSkipReason, now = new Date()): void {
    if (this.state === 'skipped' && this.reason === reason) return;
    if (this.hasEnded()) throw this.refused(`be skipped (${reason})`);
    this.end('skipped', reason, now);
  }

  /** It could not go and will not without help; `reason` is fit to show. */
  fail(reason: string, now = new Date()): void {
    if (this.hasEnded()) throw this.refused('fail');
    this.end('failed', reason.slice(0, FAILURE_REASON_MAX_LENGTH), now);
  }

  /**
   * It will not go: the invoice was paid or the step removed. Only a scheduled one can be
   * cancelled; one being sent is settled by its send, which checks the invoice fresh.
   */
  cancel(reason: CancelReason, now = new Date()): void {
    if (this.state === 'cancelled') return;
    if (this.state !== 'scheduled') throw this.refused(`be cancelled (${reason})`);
    this.end('cancelled', reason, now);
  }

  private end(state: 'skipped' | 'failed' | 'cancelled', reason: string, now: Date): void {
    this.state = state;
    this.reason = reason;
    this.sendingSince = null;
    this.updatedAt = now;
  }

  private refused(move: string): OccurrenceMoveRefusedError {
    return new OccurrenceMoveRefusedError(this.id, this.state, move);
  }
}

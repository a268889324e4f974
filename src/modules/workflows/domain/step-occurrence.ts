import { newId } from '../../../../libs/ids';

/**
 * scheduled → sending (claimed by the timed pass) → sent | skipped | missed | failed;
 * scheduled → cancelled. A planned occurrence may start skipped (past when attached, no due date).
 */
export type OccurrenceState = 'scheduled' | 'sending' | 'sent' | 'skipped' | 'cancelled' | 'failed' | 'missed';

/**
 * Why an occurrence did not go (or, for a scheduled one, `quiet_hours`: the window moved it).
 * The invoice's text skips (paid, removed, voided, no_mobile, opted_out, number_barred) come
 * from Invoicing as they are.
 */
export type OccurrenceReason =
  | 'paid'
  | 'removed'
  | 'voided'
  | 'opted_out'
  | 'no_mobile'
  | 'number_barred'
  | 'past_when_attached'
  | 'quiet_hours'
  | 'no_due_date'
  | 'replaced'
  | 'step_changed'
  | 'late_after_downtime'
  | 'send_failed';

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

/**
 * One occurrence of one step of one invoice's workflow: a row with its UTC time, claimed when due
 * and sent once (its id is the text's message id, so a retry sends nothing twice). Only a claimed
 * (`sending`) occurrence settles; once settled it never moves again, so a sent one is never sent
 * again nor cancelled.
 */
export class StepOccurrence {
  /**
   * The only state a cancellation (paid, removed, opted out, replaced) touches: one being sent is
   * settled by its send, which checks the invoice fresh; one settled stays as it is.
   */
  static readonly CANCELLABLE: OccurrenceState = 'scheduled';

  id!: string;
  accountId!: string;
  invoiceId!: string;
  attachmentId!: string;
  stepId!: string;
  kind!: 'reminder' | 'thank_you';
  /** 0 for a step's first time, n for its n-th repeat. */
  occurrenceIndex!: number;
  dueAt!: Date;
  state!: OccurrenceState;
  reason!: OccurrenceReason | null;
  messageId!: string | null;
  sentText!: string | null;
  sentAt!: Date | null;
  /**
   * For a reminder of an account with QuickBooks connected: the moment up to which Settle held
   * QuickBooks' changes when it decided to send or skip it.
   */
  quickBooksAsOf!: Date | null;
  /** How many times a job was started for it (a sweep starts another when one was lost). */
  attempts!: number;
  createdAt!: Date;
  updatedAt!: Date;

  static plan(
    props: Pick<StepOccurrence, 'accountId' | 'invoiceId' | 'attachmentId' | 'stepId' | 'kind' | 'occurrenceIndex'> & {
      dueAt: Date;
      state: 'scheduled' | 'skipped';
      reason: OccurrenceReason | null;
    },
    now: Date,
  ): StepOccurrence {
    const occurrence = Object.assign(new StepOccurrence(), props);
    occurrence.id = newId(now.getTime());
    occurrence.messageId = null;
    occurrence.sentText = null;
    occurrence.sentAt = null;
    occurrence.quickBooksAsOf = null;
    occurrence.attempts = 0;
    occurrence.createdAt = now;
    occurrence.updatedAt = now;
    return occurrence;
  }

  /** Claimed by a worker and not settled yet. */
  isBeingSent(): boolean {
    return this.state === 'sending';
  }

  /**
   * Messaging took the text as `messageId`. Told again with the same message, nothing changes. It
   * keeps `quiet_hours` when the window moved it, so the view still says why it went when it did.
   */
  sent(messageId: string, text: string, at: Date): void {
    if (this.state === 'sent' && this.messageId === messageId) return;
    this.settle('sent', this.reason === 'quiet_hours' ? 'quiet_hours' : null, at, 'be marked sent');
    this.messageId = messageId;
    this.sentText = text;
    this.sentAt = at;
  }

  /** What Settle knew of QuickBooks when it decided; noted while the occurrence is being sent. */
  decidedOnQuickBooksAsOf(asOf: Date): void {
    if (!this.isBeingSent()) throw new OccurrenceMoveRefusedError(this.id, this.state, 'note what QuickBooks said');
    this.quickBooksAsOf = asOf;
  }

  skip(reason: OccurrenceReason, at: Date): void {
    this.settle('skipped', reason, at, `be skipped (${reason})`);
  }

  /** Found more than a day late (downtime): it never goes. */
  miss(at: Date): void {
    this.settle('missed', 'late_after_downtime', at, 'be missed');
  }

  fail(reason: OccurrenceReason, at: Date): void {
    this.settle('failed', reason, at, `fail (${reason})`);
  }

  private settle(state: OccurrenceState, reason: OccurrenceReason | null, at: Date, move: string): void {
    if (!this.isBeingSent()) throw new OccurrenceMoveRefusedError(this.id, this.state, move);
    this.state = state;
    this.reason = reason;
    this.updatedAt = at;
  }
}

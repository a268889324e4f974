import { newId } from '../../../../libs/ids';

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

const PENDING: readonly OccurrenceState[] = ['scheduled', 'sending'];

/**
 * One occurrence of one step of one invoice's workflow: a row with its UTC time, claimed when due
 * and sent once (its id is the text's message id, so a retry sends nothing twice).
 */
export class StepOccurrence {
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
    occurrence.attempts = 0;
    occurrence.createdAt = now;
    occurrence.updatedAt = now;
    return occurrence;
  }

  isPending(): boolean {
    return PENDING.includes(this.state);
  }

  sent(messageId: string, text: string, at: Date): void {
    this.settle('sent', null, at);
    this.messageId = messageId;
    this.sentText = text;
    this.sentAt = at;
  }

  skip(reason: OccurrenceReason, at: Date): void {
    this.settle('skipped', reason, at);
  }

  miss(at: Date): void {
    this.settle('missed', 'late_after_downtime', at);
  }

  fail(reason: OccurrenceReason, at: Date): void {
    this.settle('failed', reason, at);
  }

  private settle(state: OccurrenceState, reason: OccurrenceReason | null, at: Date): void {
    this.state = state;
    this.reason = reason;
    this.updatedAt = at;
  }
}

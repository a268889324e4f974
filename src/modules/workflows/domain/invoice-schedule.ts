import type { InvoiceStep, InvoiceWorkflow } from './invoice-workflow';
import { reminderOccurrences, thankYouPlacement } from './occurrences';
import type { SendingWindow } from './sending-window';
import { StepOccurrence } from './step-occurrence';
import type { ReminderStep } from './workflow-step';

/** Where and when an account's texts may go. */
export interface ScheduleContext {
  timeZone: string;
  window: SendingWindow;
}

/** The first occurrence of `step` from `index` on whose time is still ahead; null when none is left. */
function nextFrom(step: ReminderStep, dueDate: string, from: number, context: ScheduleContext, now: Date) {
  const next = reminderOccurrences(step, dueDate, context.timeZone, context.window).find(
    (occurrence) => occurrence.index >= from && occurrence.dueAt.getTime() >= now.getTime(),
  );
  return next ? { index: next.index, at: next.dueAt, moved: next.movedByQuietHours } : null;
}

/**
 * The occurrences of one step when it is attached (or changed): its first one still ahead is
 * scheduled; one already past is shown skipped, never sent at once. A thank-you waits for the
 * payment and plans nothing here.
 */
export function planStep(
  copy: InvoiceWorkflow,
  step: InvoiceStep,
  context: ScheduleContext,
  now: Date,
): StepOccurrence[] {
  if (step.kind !== 'reminder') return [];
  const base = {
    accountId: copy.accountId,
    invoiceId: copy.invoiceId,
    attachmentId: copy.attachmentId,
    stepId: step.id,
  };
  const row = (index: number, dueAt: Date, state: 'scheduled' | 'skipped', reason: StepOccurrence['reason']) =>
    StepOccurrence.plan({ ...base, kind: 'reminder', occurrenceIndex: index, dueAt, state, reason }, now);
  if (copy.dueDate === null) return [row(0, now, 'skipped', 'no_due_date')];
  const next = nextFrom(step, copy.dueDate, 0, context, now);
  const [first] = reminderOccurrences(step, copy.dueDate, context.timeZone, context.window);
  const planned: StepOccurrence[] = [];
  if (next?.index !== 0) planned.push(row(0, first.dueAt, 'skipped', 'past_when_attached'));
  if (next) planned.push(row(next.index, next.at, 'scheduled', next.moved ? 'quiet_hours' : null));
  return planned;
}

export function planAttachment(copy: InvoiceWorkflow, context: ScheduleContext, now: Date): StepOccurrence[] {
  return copy.steps.flatMap((step) => planStep(copy, step, context, now));
}

/** After an occurrence of a repeating reminder went (or was missed), its next one still ahead, if any. */
export function planNext(
  copy: InvoiceWorkflow,
  done: StepOccurrence,
  context: ScheduleContext,
  now: Date,
): StepOccurrence | null {
  const step = copy.steps.find((candidate) => candidate.id === done.stepId);
  if (!step || step.kind !== 'reminder' || copy.dueDate === null || copy.isPaid() || copy.isRemoved()) return null;
  const next = nextFrom(step, copy.dueDate, done.occurrenceIndex + 1, context, now);
  if (!next) return null;
  return StepOccurrence.plan(
    {
      accountId: copy.accountId,
      invoiceId: copy.invoiceId,
      attachmentId: copy.attachmentId,
      stepId: step.id,
      kind: 'reminder',
      occurrenceIndex: next.index,
      dueAt: next.at,
      state: 'scheduled',
      reason: next.moved ? 'quiet_hours' : null,
    },
    now,
  );
}

/** The thank-you, due as soon as the window lets it go. */
export function planThankYou(copy: InvoiceWorkflow, context: ScheduleContext, now: Date): StepOccurrence | null {
  const step = copy.thankYouStep();
  if (!step) return null;
  const placed = thankYouPlacement(now, context.timeZone, context.window);
  return StepOccurrence.plan(
    {
      accountId: copy.accountId,
      invoiceId: copy.invoiceId,
      attachmentId: copy.attachmentId,
      stepId: step.id,
      kind: 'thank_you',
      occurrenceIndex: 0,
      dueAt: placed.dueAt,
      state: 'scheduled',
      reason: placed.movedByQuietHours ? 'quiet_hours' : null,
    },
    now,
  );
}

import { placeInWindow, type SendingWindow } from './sending-window';
import type { ReminderStep, WorkflowStep } from './workflow-step';
import { addDays, localDateTimeToUtc, type LocalDate } from './zoned-time';

export { localDateTimeToUtc };

/** One time a reminder step goes: `index` 0 is its first, 1.. its repeats. */
export interface ReminderOccurrence {
  index: number;
  /** After the sending window placed it. */
  dueAt: Date;
  movedByQuietHours: boolean;
}

export type AttachSkipReason = 'in_the_past_when_attached' | 'no_due_date';

/** An occurrence as attaching a workflow to an invoice plans it. */
export interface PlannedOccurrence {
  index: number;
  /** Null only when the invoice has no due date to place the step against. */
  dueAt: Date | null;
  movedByQuietHours: boolean;
  state: 'scheduled' | 'skipped';
  skipReason: AttachSkipReason | null;
}

/** A reminder step of the list (`stepIndex` is its place in it) and its planned occurrences. */
export interface StepPlan {
  stepIndex: number;
  step: ReminderStep;
  occurrences: PlannedOccurrence[];
}

/**
 * Every time a reminder step goes for an invoice due on `dueDate`: the local date `offsetDays`
 * from the due date (then every `repeatEveryDays`, `maxRepeats` more times) at `timeOfDay` in
 * `timeZone`, each put into the sending window. When quiet hours or excluded days push an
 * occurrence onto the same opening as the one before it (daily 21:00 texts over a weekend that is
 * excluded all land on Monday 08:00), it goes once: the later ones are dropped, so the list is
 * strictly increasing and an `index` may be missing from it.
 */
export function reminderOccurrences(
  step: ReminderStep,
  dueDate: LocalDate,
  timeZone: string,
  window: SendingWindow,
): ReminderOccurrence[] {
  const repeats = step.repeatEveryDays === null ? 0 : (step.maxRepeats ?? 0);
  const occurrences: ReminderOccurrence[] = [];
  for (let index = 0; index <= repeats; index += 1) {
    const date = addDays(dueDate, step.offsetDays + index * (step.repeatEveryDays ?? 0));
    const placed = placeInWindow(localDateTimeToUtc(date, step.timeOfDay, timeZone), window, timeZone);
    const previous = occurrences.at(-1);
    if (previous && placed.at.getTime() <= previous.dueAt.getTime()) continue;
    occurrences.push({ index, dueAt: placed.at, movedByQuietHours: placed.moved });
  }
  return occurrences;
}

/**
 * What attaching `steps` to an invoice schedules, for each reminder step: occurrences still ahead
 * of `now` are scheduled; those already past (an imported invoice long overdue) are skipped, never
 * sent at once, so a repeating step starts at its next occurrence. Without a due date no reminder
 * can be placed: each step is one skipped occurrence saying so. The thank-you is not planned here:
 * it goes when the invoice is paid (`thankYouPlacement`).
 */
export function planOccurrencesOnAttach(
  steps: readonly WorkflowStep[],
  dueDate: LocalDate | null,
  timeZone: string,
  window: SendingWindow,
  now: Date,
): StepPlan[] {
  const plans: StepPlan[] = [];
  steps.forEach((step, stepIndex) => {
    if (step.kind !== 'reminder') return;
    plans.push({ stepIndex, step, occurrences: planStep(step, dueDate, timeZone, window, now) });
  });
  return plans;
}

function planStep(
  step: ReminderStep,
  dueDate: LocalDate | null,
  timeZone: string,
  window: SendingWindow,
  now: Date,
): PlannedOccurrence[] {
  if (dueDate === null) {
    return [{ index: 0, dueAt: null, movedByQuietHours: false, state: 'skipped', skipReason: 'no_due_date' }];
  }
  return reminderOccurrences(step, dueDate, timeZone, window).map((occurrence) =>
    occurrence.dueAt.getTime() < now.getTime()
      ? { ...occurrence, state: 'skipped', skipReason: 'in_the_past_when_attached' }
      : { ...occurrence, state: 'scheduled', skipReason: null },
  );
}

/** When the thank-you for an invoice paid at `paidAt` goes: at once, or at the window's next opening. */
export function thankYouPlacement(
  paidAt: Date,
  timeZone: string,
  window: SendingWindow,
): { dueAt: Date; movedByQuietHours: boolean } {
  const placed = placeInWindow(paidAt, window, timeZone);
  return { dueAt: placed.at, movedByQuietHours: placed.moved };
}

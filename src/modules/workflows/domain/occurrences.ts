import { placeInWindow, type SendingWindow } from './sending-window';
import type { ReminderStep } from './workflow-step';
import { addDays, localDateTimeToUtc, type LocalDate } from './zoned-time';

/** One time a reminder step goes: `index` 0 is its first, 1.. its repeats. */
interface ReminderOccurrence {
  index: number;
  /** After the sending window placed it. */
  dueAt: Date;
  movedByQuietHours: boolean;
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

/** When the thank-you for an invoice paid at `paidAt` goes: at once, or at the window's next opening. */
export function thankYouPlacement(
  paidAt: Date,
  timeZone: string,
  window: SendingWindow,
): { dueAt: Date; movedByQuietHours: boolean } {
  const placed = placeInWindow(paidAt, window, timeZone);
  return { dueAt: placed.at, movedByQuietHours: placed.moved };
}

import type { FieldError } from '../../../platform/errors/app-error';
import {
  addDays,
  isLocalTime,
  isoWeekdayOf,
  localDateTimeToUtc,
  localReadingOf,
  minutesOf,
  type LocalTime,
} from './zoned-time';

/**
 * When an account lets automatic texts go, in its own time zone: from `opensAt` (included) to
 * `closesAt` (excluded: a text due at 20:00 with a window closing at 20:00 waits for the next
 * opening), never on `excludedDays`.
 */
export interface SendingWindow {
  opensAt: LocalTime;
  closesAt: LocalTime;
  /** ISO weekdays: 1 = Monday .. 7 = Sunday. */
  excludedDays: number[];
}

export const DEFAULT_SENDING_WINDOW: Readonly<SendingWindow> = Object.freeze({
  opensAt: '08:00',
  closesAt: '20:00',
  excludedDays: [],
});

interface WindowPlacement {
  at: Date;
  /** True when quiet hours or an excluded day put the text off. */
  moved: boolean;
}

/** What is wrong with a window, each problem naming its field (`excludedDays[1]`). */
export function validateSendingWindow(window: SendingWindow): FieldError[] {
  const problems: FieldError[] = [];
  if (!isLocalTime(window.opensAt)) problems.push({ field: 'opensAt', message: 'must be a 24-hour time HH:MM' });
  if (!isLocalTime(window.closesAt)) problems.push({ field: 'closesAt', message: 'must be a 24-hour time HH:MM' });
  if (problems.length === 0 && minutesOf(window.opensAt) >= minutesOf(window.closesAt)) {
    problems.push({ field: 'closesAt', message: 'must be later in the day than opensAt' });
  }
  if (!Array.isArray(window.excludedDays)) {
    problems.push({ field: 'excludedDays', message: 'must be a list of ISO weekdays (1 = Monday .. 7 = Sunday)' });
    return problems;
  }
  window.excludedDays.forEach((day, index) => {
    if (!Number.isInteger(day) || day < 1 || day > 7) {
      problems.push({ field: `excludedDays[${index}]`, message: 'must be an ISO weekday, 1 (Monday) to 7 (Sunday)' });
    } else if (window.excludedDays.indexOf(day) !== index) {
      problems.push({ field: `excludedDays[${index}]`, message: 'is listed twice' });
    }
  });
  if (new Set(window.excludedDays).size >= 7) {
    problems.push({ field: 'excludedDays', message: 'must leave at least one day to send on' });
  }
  return problems;
}

/** Whether a text may go at `utc`: inside the day's window, on a day that is not excluded. */
export function isInWindow(utc: Date, window: SendingWindow, timeZone: string): boolean {
  const local = localReadingOf(utc, timeZone);
  return (
    !window.excludedDays.includes(local.isoWeekday) &&
    local.minuteOfDay >= minutesOf(window.opensAt) &&
    local.minuteOfDay < minutesOf(window.closesAt)
  );
}

/** How many days ahead to look for an opening: a week, and a day for a clock change. */
const DAYS_TO_SEARCH = 8;

/**
 * When a text due at `utc` may go: then, if that is inside the window; otherwise at the next
 * opening of the window (local time) on a day that is not excluded. An opening that a clock change
 * swallows moves to the first instant after the gap, when that is still inside the window.
 */
export function placeInWindow(utc: Date, window: SendingWindow, timeZone: string): WindowPlacement {
  if (isInWindow(utc, window, timeZone)) return { at: utc, moved: false };
  const today = localReadingOf(utc, timeZone).date;
  for (let days = 0; days <= DAYS_TO_SEARCH; days += 1) {
    const date = addDays(today, days);
    if (window.excludedDays.includes(isoWeekdayOf(date))) continue;
    const opening = localDateTimeToUtc(date, window.opensAt, timeZone);
    if (opening.getTime() > utc.getTime() && isInWindow(opening, window, timeZone)) return { at: opening, moved: true };
  }
  throw new RangeError(`The sending window ${JSON.stringify(window)} never opens: validate it first`);
}

/** A calendar date as YYYY-MM-DD. */
export type LocalDate = string;
/** A 24-hour wall-clock time as HH:MM. */
export type LocalTime = string;

/** A wall-clock reading in a time zone: its date, minutes since midnight and ISO weekday. */
export interface LocalReading {
  date: LocalDate;
  /** 0..1439; seconds are left out. */
  minuteOfDay: number;
  /** 1 = Monday .. 7 = Sunday. */
  isoWeekday: number;
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

export function isLocalTime(value: unknown): value is LocalTime {
  return typeof value === 'string' && TIME.test(value);
}

export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') return false;
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value === '') return false;
  try {
    formatterFor(value);
    return true;
  } catch {
    return false;
  }
}

/** "10:30" → 630. */
export function minutesOf(time: LocalTime): number {
  const match = TIME.exec(time);
  if (!match) throw new RangeError(`Not a 24-hour HH:MM time: ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** The calendar date `days` after `date` (negative: before). */
export function addDays(date: LocalDate, days: number): LocalDate {
  const match = DATE.exec(date);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  const shifted = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) + days * DAY_MS);
  return shifted.toISOString().slice(0, 10);
}

/** ISO weekday (1 = Monday .. 7 = Sunday) of a calendar date. */
export function isoWeekdayOf(date: LocalDate): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** What a clock on the wall in `timeZone` reads at the instant `utc`. */
export function localReadingOf(utc: Date, timeZone: string): LocalReading {
  const wall = wallClockMs(utc.getTime(), timeZone);
  const date = new Date(wall).toISOString().slice(0, 10);
  const minuteOfDay = Math.floor((((wall % DAY_MS) + DAY_MS) % DAY_MS) / MINUTE_MS);
  return { date, minuteOfDay, isoWeekday: isoWeekdayOf(date) };
}

/**
 * The instant a wall clock in `timeZone` shows `time` on `date`, right across daylight-saving
 * changes. Two cases have no single answer, and are settled so:
 * - a time in the spring-forward gap (01:30 in London on the last Sunday of March) does not exist:
 *   it moves forward to the first instant that does exist, the end of the gap (02:00 BST);
 * - a time in the autumn's repeated hour (01:30 in London on the last Sunday of October) happens
 *   twice: the first, earlier, instant is taken (01:30 BST, 00:30Z).
 */
export function localDateTimeToUtc(date: LocalDate, time: LocalTime, timeZone: string): Date {
  if (!isLocalDate(date)) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  const wanted = Date.parse(`${date}T00:00:00Z`) + minutesOf(time) * MINUTE_MS;
  // At most one offset change within a day of any instant, so the offsets a day either side of
  // `wanted` are the only ones the answer can have.
  const offsets = new Set([offsetAt(wanted - DAY_MS, timeZone), offsetAt(wanted + DAY_MS, timeZone)]);
  const matches = [...offsets]
    .map((offset) => wanted - offset)
    .filter((candidate) => wallClockMs(candidate, timeZone) === wanted)
    .sort((a, b) => a - b);
  if (matches.length > 0) return new Date(matches[0]);
  return new Date(endOfGap(wanted, [...offsets], timeZone));
}

/** The first instant after the gap that swallows the wall time `wanted`: where the later offset begins. */
function endOfGap(wanted: number, offsets: number[], timeZone: string): number {
  const later = Math.max(...offsets);
  // Before the change, `wanted - later` still reads the earlier offset; from `wanted - earlier`
  // on, the later offset holds. Offset changes fall on whole minutes.
  let before = Math.floor((wanted - later) / MINUTE_MS);
  let after = Math.ceil((wanted - Math.min(...offsets)) / MINUTE_MS);
  while (after - before > 1) {
    const middle = Math.floor((before + after) / 2);
    if (offsetAt(middle * MINUTE_MS, timeZone) === later) after = middle;
    else before = middle;
  }
  return after * MINUTE_MS;
}

/** How far the zone's wall clock is ahead of UTC at `instant`, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return wallClockMs(whole, timeZone) - whole;
}

/** The zone's wall-clock reading at `instant`, written as if it were a UTC time (milliseconds). */
function wallClockMs(instant: number, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(instant));
  const value: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of parts) if (part.type !== 'literal') value[part.type] = Number(part.value);
  return (
    Date.UTC(
      value.year ?? 0,
      (value.month ?? 1) - 1,
      value.day ?? 1,
      value.hour ?? 0,
      value.minute ?? 0,
      value.second ?? 0,
    ) +
    (instant - Math.floor(instant / 1000) * 1000)
  );
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Building a formatter is slow; there is one per zone, kept. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** A calendar date as YYYY-MM-DD. */
export type LocalDate = string;
/** A 24-hour wall-clock time as HH:MM. */
export type LocalTime = string;

/** A wall-clock reading in a time zone: its date, minutes since midnight and ISO weekday. */
interface LocalReading {
  date: LocalDate;
  /** 0..1439; seconds are left out. */
  minuteOfDay: number;
  /** 1 = Monday .. 7 = Sunday. */
  isoWeekday: number;
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

export function isLocalTime(value: unknown): value is LocalTime {
  return typeof value === 'string' && TIME.test(value);
}

/** "10:30" → 630. */
export function minutesOf(time: LocalTime): number {
  const match = TIME.exec(time);
  if (!match) throw new RangeError(`Not a 24-hour HH:MM time: ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** The calendar date `days` after `date` (negative: before). */
export function addDays(date: LocalDate, days: number): LocalDate {
  return dateOfDayNumber(realDayNumberOf(date) + days);
}

/** ISO weekday (1 = Monday .. 7 = Sunday) of a calendar date. */
export function isoWeekdayOf(date: LocalDate): number {
  return isoWeekdayOfDayNumber(realDayNumberOf(date));
}

/** What a clock on the wall in `timeZone` reads at the instant `utc`. */
export function localReadingOf(utc: Date, timeZone: string): LocalReading {
  const wall = wallClockMs(utc.getTime(), timeZone);
  const day = Math.floor(wall / DAY_MS);
  return {
    date: dateOfDayNumber(day),
    minuteOfDay: Math.floor((wall - day * DAY_MS) / MINUTE_MS),
    isoWeekday: isoWeekdayOfDayNumber(day),
  };
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
  const wanted = realDayNumberOf(date) * DAY_MS + minutesOf(time) * MINUTE_MS;
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

/** Days since 1970-01-01 of a real YYYY-MM-DD date; null for anything else. */
function dayNumberOf(date: string): number | null {
  if (!DATE.test(date)) return null;
  const [year, month, day] = [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
  const utc = new Date(Date.UTC(2000, month - 1, day));
  utc.setUTCFullYear(year);
  if (utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day) return null;
  return Math.round(utc.getTime() / DAY_MS);
}

function realDayNumberOf(date: LocalDate): number {
  const day = dayNumberOf(date);
  if (day === null) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return day;
}

function dateOfDayNumber(day: number): LocalDate {
  const utc = new Date(day * DAY_MS);
  const month = utc.getUTCMonth() + 1;
  const date = utc.getUTCDate();
  return `${String(utc.getUTCFullYear()).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${date < 10 ? '0' : ''}${date}`;
}

/** 1970-01-01, day 0, was a Thursday (ISO 4). */
function isoWeekdayOfDayNumber(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
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

/** The zone's wall-clock reading at `instant`, written as if it were a UTC time (milliseconds). */
function wallClockMs(instant: number, timeZone: string): number {
  return instant + offsetAt(instant, timeZone);
}

/**
 * How far the zone's wall clock is ahead of UTC at `instant`, in milliseconds. Formatting is slow,
 * so the offset is read at whole hours and kept: when both ends of an hour agree, no change falls
 * inside it (changes are hours apart), and only an hour holding a change is read at the instant.
 */
function offsetAt(instant: number, timeZone: string): number {
  const hour = Math.floor(instant / HOUR_MS);
  const start = offsetAtHour(hour, timeZone);
  return start === offsetAtHour(hour + 1, timeZone) ? start : measuredOffset(instant, timeZone);
}

const HOUR_MS = 3_600_000;
const OFFSETS_KEPT_PER_ZONE = 100_000;
const hourOffsets = new Map<string, Map<number, number>>();

function offsetAtHour(hour: number, timeZone: string): number {
  let offsets = hourOffsets.get(timeZone);
  if (!offsets) {
    offsets = new Map();
    hourOffsets.set(timeZone, offsets);
  }
  let offset = offsets.get(hour);
  if (offset === undefined) {
    if (offsets.size >= OFFSETS_KEPT_PER_ZONE) offsets.clear();
    offset = measuredOffset(hour * HOUR_MS, timeZone);
    offsets.set(hour, offset);
  }
  return offset;
}

function measuredOffset(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  const parts = formatterFor(timeZone).formatToParts(new Date(whole));
  const value: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of parts) if (part.type !== 'literal') value[part.type] = Number(part.value);
  const wall = Date.UTC(
    value.year ?? 0,
    (value.month ?? 1) - 1,
    value.day ?? 1,
    value.hour ?? 0,
    value.minute ?? 0,
    value.second ?? 0,
  );
  return wall - whole;
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

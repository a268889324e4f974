import type { QboMetaData } from '../../../quickbooks/qbo-types';

/**
 * QuickBooks writes MetaData times in the US Pacific zone of its servers ("2015-07-24T10:33:39-07:00").
 * The offset is -07:00 from the second Sunday of March to the first Sunday of November, else -08:00.
 */
export function pacificTimestamp(date: string, secondsIntoDay: number): string {
  const hours = Math.floor(secondsIntoDay / 3600) % 24;
  const minutes = Math.floor(secondsIntoDay / 60) % 60;
  const seconds = secondsIntoDay % 60;
  const time = [hours, minutes, seconds].map((part) => String(part).padStart(2, '0')).join(':');
  return `${date}T${time}${isPacificDaylightTime(date) ? '-07:00' : '-08:00'}`;
}

export function metaData(
  createdOn: string,
  createdAtSecond: number,
  updatedOn = createdOn,
  updatedAtSecond = createdAtSecond,
): QboMetaData {
  return {
    CreateTime: pacificTimestamp(createdOn, createdAtSecond),
    LastUpdatedTime: pacificTimestamp(updatedOn, updatedAtSecond),
  };
}

const daylightTimeByDate = new Map<string, boolean>();

function isPacificDaylightTime(date: string): boolean {
  let daylight = daylightTimeByDate.get(date);
  if (daylight === undefined) {
    daylight = computePacificDaylightTime(date);
    daylightTimeByDate.set(date, daylight);
  }
  return daylight;
}

function computePacificDaylightTime(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number);
  const start = nthSunday(year, 3, 2);
  const end = nthSunday(year, 11, 1);
  const value = month * 100 + day;
  return value >= 300 + start && value < 1100 + end;
}

function nthSunday(year: number, month: number, n: number): number {
  const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return 1 + ((7 - firstWeekday) % 7) + (n - 1) * 7;
}

const DAY_MS = 86_400_000;
/** Epoch day number → ISO date, filled as dates are asked for (generating 100k invoices asks often). */
const isoDateByEpochDay = new Map<number, string>();
const epochDayByIsoDate = new Map<string, number>();

/** ISO date `days` after `date`. */
export function addDays(date: string, days: number): string {
  let epochDay = epochDayByIsoDate.get(date);
  if (epochDay === undefined) {
    epochDay = Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
    epochDayByIsoDate.set(date, epochDay);
  }
  const target = epochDay + days;
  let iso = isoDateByEpochDay.get(target);
  if (iso === undefined) {
    iso = new Date(target * DAY_MS).toISOString().slice(0, 10);
    isoDateByEpochDay.set(target, iso);
  }
  return iso;
}

import fc from 'fast-check';
import { addDays, isLocalTime, isoWeekdayOf, localDateTimeToUtc, localReadingOf } from './zoned-time';

const utc = (date: string, time: string, zone: string) => localDateTimeToUtc(date, time, zone).toISOString();

describe('localDateTimeToUtc', () => {
  it('reads London summer and winter time either side of the spring change', () => {
    expect(utc('2026-03-28', '10:00', 'Europe/London')).toBe('2026-03-28T10:00:00.000Z');
    expect(utc('2026-03-29', '10:00', 'Europe/London')).toBe('2026-03-29T09:00:00.000Z');
  });

  it('moves a London time in the spring gap forward to the end of the gap (02:00 BST)', () => {
    expect(utc('2026-03-29', '01:30', 'Europe/London')).toBe('2026-03-29T01:00:00.000Z');
    expect(utc('2026-03-29', '01:00', 'Europe/London')).toBe('2026-03-29T01:00:00.000Z');
    expect(utc('2026-03-29', '00:59', 'Europe/London')).toBe('2026-03-29T00:59:00.000Z');
  });

  it("takes the first of London's repeated autumn hour", () => {
    expect(utc('2026-10-25', '01:30', 'Europe/London')).toBe('2026-10-25T00:30:00.000Z');
    expect(utc('2026-10-25', '02:00', 'Europe/London')).toBe('2026-10-25T02:00:00.000Z');
    expect(utc('2026-10-26', '10:00', 'Europe/London')).toBe('2026-10-26T10:00:00.000Z');
  });

  it('handles New York both ways (gap 02:00-03:00, repeated 01:00-02:00)', () => {
    expect(utc('2026-03-07', '10:00', 'America/New_York')).toBe('2026-03-07T15:00:00.000Z');
    expect(utc('2026-03-08', '10:00', 'America/New_York')).toBe('2026-03-08T14:00:00.000Z');
    expect(utc('2026-03-08', '02:30', 'America/New_York')).toBe('2026-03-08T07:00:00.000Z');
    expect(utc('2026-11-01', '01:30', 'America/New_York')).toBe('2026-11-01T05:30:00.000Z');
    expect(utc('2026-11-01', '10:00', 'America/New_York')).toBe('2026-11-01T15:00:00.000Z');
  });

  it('handles half-hour changes and zones east of UTC', () => {
    expect(utc('2026-10-04', '02:15', 'Australia/Lord_Howe')).toBe('2026-10-03T15:30:00.000Z');
    expect(utc('2026-01-01', '00:00', 'Asia/Kolkata')).toBe('2025-12-31T18:30:00.000Z');
  });

  it('refuses a date or time that is not one', () => {
    expect(() => localDateTimeToUtc('2026-02-30', '10:00', 'UTC')).toThrow(RangeError);
    expect(() => localDateTimeToUtc('2026-02-01', '24:00', 'UTC')).toThrow(RangeError);
    expect(() => localDateTimeToUtc('2026-02-01', '10:00', 'Mars/Olympus')).toThrow(RangeError);
  });

  it('reads back as the same wall time whenever that time exists', () => {
    const zones = fc.constantFrom('Europe/London', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC');
    const dates = fc.integer({ min: 0, max: 3 * 366 }).map((days) => addDays('2025-01-01', days));
    fc.assert(
      fc.property(zones, dates, fc.integer({ min: 0, max: 1439 }), (zone, date, minute) => {
        const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
        const instant = localDateTimeToUtc(date, time, zone);
        const reading = localReadingOf(instant, zone);
        const inGap = reading.minuteOfDay !== minute;
        if (inGap) {
          // Only forward, by less than the gap, to an instant whose minute before reads earlier.
          expect(reading.date).toBe(date);
          expect(reading.minuteOfDay).toBeGreaterThan(minute);
          expect(localReadingOf(new Date(instant.getTime() - 60_000), zone).minuteOfDay).toBeLessThan(minute);
        } else {
          expect(reading.date).toBe(date);
        }
      }),
    );
  });
});

describe('local readings and calendar helpers', () => {
  it('reads the wall clock, the date and the ISO weekday', () => {
    expect(localReadingOf(new Date('2026-03-29T09:00:00Z'), 'Europe/London')).toEqual({
      date: '2026-03-29',
      minuteOfDay: 600,
      isoWeekday: 7,
    });
    expect(localReadingOf(new Date('2026-06-13T03:30:00Z'), 'America/New_York')).toEqual({
      date: '2026-06-12',
      minuteOfDay: 23 * 60 + 30,
      isoWeekday: 5,
    });
  });

  it('adds days across months and years, and knows real times', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(isoWeekdayOf('2026-06-15')).toBe(1);
    expect(isLocalTime('23:59')).toBe(true);
    expect(isLocalTime('7:00')).toBe(false);
  });

  it("agrees with JavaScript's own calendar on dates and weekdays", () => {
    fc.assert(
      fc.property(fc.integer({ min: -40_000, max: 40_000 }), fc.integer({ min: -400, max: 400 }), (day, days) => {
        const date = new Date(day * 86_400_000).toISOString().slice(0, 10);
        const later = new Date((day + days) * 86_400_000);
        expect(addDays(date, days)).toBe(later.toISOString().slice(0, 10));
        expect(isoWeekdayOf(date)).toBe(((new Date(day * 86_400_000).getUTCDay() + 6) % 7) + 1);
      }),
    );
  });
});

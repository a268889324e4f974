import fc from 'fast-check';
import {
  DEFAULT_SENDING_WINDOW,
  isInWindow,
  placeInWindow,
  validateSendingWindow,
  type SendingWindow,
} from './sending-window';
import { localDateTimeToUtc } from './zoned-time';

const LONDON = 'Europe/London';
const at = (date: string, time: string, zone = LONDON) => localDateTimeToUtc(date, time, zone);
const place = (date: string, time: string, window: SendingWindow = DEFAULT_SENDING_WINDOW, zone = LONDON) =>
  placeInWindow(at(date, time, zone), window, zone);

describe('placeInWindow', () => {
  it('leaves a text inside the window where it is (Wednesday 19:30)', () => {
    expect(place('2026-06-10', '19:30')).toEqual({ at: at('2026-06-10', '19:30'), moved: false });
    expect(place('2026-06-10', '08:00').moved).toBe(false);
  });

  it('moves a text in quiet hours to the next opening (21:00 → next day 08:00; 06:00 → 08:00)', () => {
    expect(place('2026-06-10', '21:00')).toEqual({ at: at('2026-06-11', '08:00'), moved: true });
    expect(place('2026-06-10', '20:00')).toEqual({ at: at('2026-06-11', '08:00'), moved: true });
    expect(place('2026-06-10', '06:00')).toEqual({ at: at('2026-06-10', '08:00'), moved: true });
  });

  it('moves a text off excluded days (Saturday and Sunday excluded → Monday 08:00)', () => {
    const noWeekends = { ...DEFAULT_SENDING_WINDOW, excludedDays: [6, 7] };
    expect(place('2026-06-13', '10:00', noWeekends)).toEqual({ at: at('2026-06-15', '08:00'), moved: true });
    expect(place('2026-06-12', '21:00', noWeekends)).toEqual({ at: at('2026-06-15', '08:00'), moved: true });
    const noSaturdays = { ...DEFAULT_SENDING_WINDOW, excludedDays: [6] };
    expect(place('2026-06-13', '10:00', noSaturdays)).toEqual({ at: at('2026-06-14', '08:00'), moved: true });
  });

  it('opens at local time across the clock changes', () => {
    expect(place('2026-03-28', '21:00').at.toISOString()).toBe('2026-03-29T07:00:00.000Z');
    expect(place('2026-10-24', '21:00').at.toISOString()).toBe('2026-10-25T08:00:00.000Z');
    const ny = 'America/New_York';
    expect(place('2026-03-07', '22:00', DEFAULT_SENDING_WINDOW, ny).at.toISOString()).toBe('2026-03-08T12:00:00.000Z');
    expect(place('2026-10-31', '22:00', DEFAULT_SENDING_WINDOW, ny).at.toISOString()).toBe('2026-11-01T13:00:00.000Z');
  });

  it('moves an opening the spring gap swallows to the end of the gap', () => {
    const night = { opensAt: '01:30', closesAt: '05:00', excludedDays: [] };
    expect(place('2026-03-29', '00:30', night).at.toISOString()).toBe('2026-03-29T01:00:00.000Z');
  });

  it('skips a day whose whole window the spring gap swallows', () => {
    const gapOnly = { opensAt: '01:00', closesAt: '02:00', excludedDays: [] };
    expect(place('2026-03-29', '00:30', gapOnly).at.toISOString()).toBe('2026-03-30T00:00:00.000Z');
  });

  it('always gives an instant inside the window, never earlier than asked', () => {
    const zones = fc.constantFrom('Europe/London', 'America/New_York', 'Australia/Lord_Howe', 'Pacific/Apia');
    const windows = fc
      .record({
        opens: fc.integer({ min: 0, max: 1380 }),
        length: fc.integer({ min: 60, max: 1439 }),
        excludedDays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { maxLength: 6 }),
      })
      .map(({ opens, length, excludedDays }) => ({
        opensAt: hhmm(opens),
        closesAt: hhmm(Math.min(1439, opens + length)),
        excludedDays,
      }));
    const instants = fc.date({
      min: new Date('2025-01-01T00:00:00Z'),
      max: new Date('2028-01-01T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(zones, windows, instants, (zone, window, instant) => {
        expect(validateSendingWindow(window)).toEqual([]);
        const placed = placeInWindow(instant, window, zone);
        expect(isInWindow(placed.at, window, zone)).toBe(true);
        expect(placed.at.getTime()).toBeGreaterThanOrEqual(instant.getTime());
        expect(placed.moved).toBe(placed.at.getTime() !== instant.getTime());
      }),
    );
  });
});

describe('validateSendingWindow', () => {
  it('accepts the default window', () => {
    expect(validateSendingWindow(DEFAULT_SENDING_WINDOW)).toEqual([]);
  });

  it('names each field that is wrong', () => {
    expect(validateSendingWindow({ opensAt: '8:00', closesAt: '25:00', excludedDays: [0, 6, 6] })).toEqual([
      { field: 'opensAt', message: 'must be a 24-hour time HH:MM' },
      { field: 'closesAt', message: 'must be a 24-hour time HH:MM' },
      { field: 'excludedDays[0]', message: 'must be an ISO weekday, 1 (Monday) to 7 (Sunday)' },
      { field: 'excludedDays[2]', message: 'is listed twice' },
    ]);
    expect(validateSendingWindow({ opensAt: '20:00', closesAt: '08:00', excludedDays: [] })).toEqual([
      { field: 'closesAt', message: 'must be later in the day than opensAt' },
    ]);
    expect(validateSendingWindow({ opensAt: '08:00', closesAt: '20:00', excludedDays: [1, 2, 3, 4, 5, 6, 7] })).toEqual(
      [{ field: 'excludedDays', message: 'must leave at least one day to send on' }],
    );
  });
});

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

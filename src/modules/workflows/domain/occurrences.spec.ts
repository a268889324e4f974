import fc from 'fast-check';
import { reminderOccurrences, thankYouPlacement } from './occurrences';
import { DEFAULT_SENDING_WINDOW, isInWindow, type SendingWindow } from './sending-window';
import { reminderStep } from '../testing/reminder-step.mother';
import { addDays } from './zoned-time';

const LONDON = 'Europe/London';
const NEW_YORK = 'America/New_York';
const reminder = reminderStep;
const times = (occurrences: { dueAt: Date | null }[]) => occurrences.map((o) => o.dueAt?.toISOString() ?? null);

describe('reminderOccurrences', () => {
  it('places a step before the due date at its local time, repeating across the spring change in London', () => {
    const step = reminder({ offsetDays: -3, repeatEveryDays: 1, maxRepeats: 2 });
    const occurrences = reminderOccurrences(step, '2026-03-31', LONDON, DEFAULT_SENDING_WINDOW);
    expect(occurrences).toEqual([
      { index: 0, dueAt: new Date('2026-03-28T10:00:00Z'), movedByQuietHours: false },
      { index: 1, dueAt: new Date('2026-03-29T09:00:00Z'), movedByQuietHours: false },
      { index: 2, dueAt: new Date('2026-03-30T09:00:00Z'), movedByQuietHours: false },
    ]);
  });

  it('places steps on and after the due date across the autumn change in New York', () => {
    const onTheDay = reminder({ offsetDays: 0, timeOfDay: '09:30' });
    expect(times(reminderOccurrences(onTheDay, '2026-10-31', NEW_YORK, DEFAULT_SENDING_WINDOW))).toEqual([
      '2026-10-31T13:30:00.000Z',
    ]);
    const overdue = reminder({ offsetDays: 1, repeatEveryDays: 1, maxRepeats: 1 });
    expect(times(reminderOccurrences(overdue, '2026-10-31', NEW_YORK, DEFAULT_SENDING_WINDOW))).toEqual([
      '2026-11-01T15:00:00.000Z',
      '2026-11-02T15:00:00.000Z',
    ]);
  });

  it('puts a night-time repeat through the spring gap and the repeated autumn hour (London)', () => {
    const allDay: SendingWindow = { opensAt: '00:00', closesAt: '23:59', excludedDays: [] };
    const nightly = reminder({ offsetDays: -1, timeOfDay: '01:30', repeatEveryDays: 1, maxRepeats: 2 });
    // 01:30 does not exist on 29 March: it goes at 02:00 BST, the end of the gap.
    expect(times(reminderOccurrences(nightly, '2026-03-29', LONDON, allDay))).toEqual([
      '2026-03-28T01:30:00.000Z',
      '2026-03-29T01:00:00.000Z',
      '2026-03-30T00:30:00.000Z',
    ]);
    // 01:30 happens twice on 25 October: the first (BST) is taken.
    expect(times(reminderOccurrences(nightly, '2026-10-25', LONDON, allDay))).toEqual([
      '2026-10-24T00:30:00.000Z',
      '2026-10-25T00:30:00.000Z',
      '2026-10-26T01:30:00.000Z',
    ]);
  });

  it('goes 1 + maxRepeats times, every repeatEveryDays', () => {
    const step = reminder({ offsetDays: 7, repeatEveryDays: 7, maxRepeats: 4 });
    const occurrences = reminderOccurrences(step, '2026-06-01', LONDON, DEFAULT_SENDING_WINDOW);
    expect(occurrences.map((o) => o.index)).toEqual([0, 1, 2, 3, 4]);
    expect(times(occurrences)).toEqual(
      ['2026-06-08', '2026-06-15', '2026-06-22', '2026-06-29', '2026-07-06'].map((day) => `${day}T09:00:00.000Z`),
    );
  });

  it('moves an occurrence in quiet hours to the window opening, and says so', () => {
    const late = reminder({ timeOfDay: '21:00' });
    expect(reminderOccurrences(late, '2026-06-10', LONDON, DEFAULT_SENDING_WINDOW)).toEqual([
      { index: 0, dueAt: new Date('2026-06-11T07:00:00Z'), movedByQuietHours: true },
    ]);
  });

  it('sends once what quiet hours pile onto the same opening', () => {
    const noWeekends: SendingWindow = { ...DEFAULT_SENDING_WINDOW, excludedDays: [6, 7] };
    const daily = reminder({ timeOfDay: '21:00', repeatEveryDays: 1, maxRepeats: 3 });
    // Friday, Saturday and Sunday 21:00 all wait for Monday 08:00; Monday 21:00 for Tuesday.
    expect(reminderOccurrences(daily, '2026-06-12', LONDON, noWeekends)).toEqual([
      { index: 0, dueAt: new Date('2026-06-15T07:00:00Z'), movedByQuietHours: true },
      { index: 3, dueAt: new Date('2026-06-16T07:00:00Z'), movedByQuietHours: true },
    ]);
  });

  it('are strictly increasing, inside the window and at most 1 + maxRepeats', () => {
    const steps = fc
      .record({
        offsetDays: fc.integer({ min: -365, max: 365 }),
        minute: fc.integer({ min: 0, max: 1439 }),
        repeat: fc.option(
          fc.record({ every: fc.integer({ min: 1, max: 90 }), times: fc.integer({ min: 1, max: 52 }) }),
        ),
      })
      .map(({ offsetDays, minute, repeat }) =>
        reminder({
          offsetDays,
          timeOfDay: hhmm(minute),
          repeatEveryDays: repeat?.every ?? null,
          maxRepeats: repeat?.times ?? null,
        }),
      );
    const windows = fc
      .record({
        opens: fc.integer({ min: 0, max: 1320 }),
        length: fc.integer({ min: 60, max: 1440 }),
        excludedDays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { maxLength: 6 }),
      })
      .map(({ opens, length, excludedDays }) => ({
        opensAt: hhmm(opens),
        closesAt: hhmm(Math.min(1439, opens + length)),
        excludedDays,
      }));
    const dueDates = fc.integer({ min: 0, max: 2 * 366 }).map((days) => addDays('2025-06-01', days));
    const zones = fc.constantFrom(LONDON, NEW_YORK, 'Australia/Lord_Howe', 'Asia/Tokyo');
    fc.assert(
      fc.property(steps, dueDates, zones, windows, (step, dueDate, zone, window) => {
        const occurrences = reminderOccurrences(step, dueDate, zone, window);
        expect(occurrences.length).toBeGreaterThanOrEqual(1);
        expect(occurrences.length).toBeLessThanOrEqual(1 + (step.maxRepeats ?? 0));
        occurrences.forEach((occurrence, i) => {
          expect(isInWindow(occurrence.dueAt, window, zone)).toBe(true);
          if (i === 0) return;
          expect(occurrence.dueAt.getTime()).toBeGreaterThan(occurrences[i - 1].dueAt.getTime());
          expect(occurrence.index).toBeGreaterThan(occurrences[i - 1].index);
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('thankYouPlacement', () => {
  it('goes at once inside the window, at the next opening outside it', () => {
    expect(thankYouPlacement(new Date('2026-06-10T12:00:00Z'), LONDON, DEFAULT_SENDING_WINDOW)).toEqual({
      dueAt: new Date('2026-06-10T12:00:00Z'),
      movedByQuietHours: false,
    });
    expect(thankYouPlacement(new Date('2026-06-10T22:00:00Z'), LONDON, DEFAULT_SENDING_WINDOW)).toEqual({
      dueAt: new Date('2026-06-11T07:00:00Z'),
      movedByQuietHours: true,
    });
  });
});

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

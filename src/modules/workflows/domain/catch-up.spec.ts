import fc from 'fast-check';
import { catchUpDecision, catchUpStep, nextOccurrenceAfter } from './catch-up';

const now = new Date('2026-06-10T12:00:00Z');
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);

describe('catchUpDecision', () => {
  it('sends what is up to 24 hours late, once; older is missed', () => {
    expect(catchUpDecision(hoursAgo(0), now)).toBe('send');
    expect(catchUpDecision(hoursAgo(23.9), now)).toBe('send');
    expect(catchUpDecision(hoursAgo(24), now)).toBe('send');
    expect(catchUpDecision(new Date(hoursAgo(24).getTime() - 1), now)).toBe('missed');
    expect(catchUpDecision(hoursAgo(24 * 30), now)).toBe('missed');
  });

  it('takes another limit, and does not call something not due yet late', () => {
    expect(catchUpDecision(hoursAgo(3), now, 2)).toBe('missed');
    expect(catchUpDecision(hoursAgo(-1), now)).toBe('send');
  });
});

describe('nextOccurrenceAfter', () => {
  it('finds the first occurrence strictly after the moment, in any order', () => {
    const occurrences = [{ dueAt: hoursAgo(-48) }, { dueAt: hoursAgo(2) }, { dueAt: hoursAgo(-24) }, { dueAt: now }];
    expect(nextOccurrenceAfter(occurrences, now)).toBe(occurrences[2]);
    expect(nextOccurrenceAfter(occurrences, hoursAgo(-48))).toBeNull();
  });
});

describe('catchUpStep', () => {
  it('sends only the latest due occurrence of a repeating step after downtime, the older ones missed', () => {
    const [threeDays, twoDays, yesterday, tomorrow] = [72, 48, 20, -24].map((h) => ({ dueAt: hoursAgo(h) }));
    expect(catchUpStep([tomorrow, yesterday, threeDays, twoDays], now)).toEqual({
      send: yesterday,
      missed: [threeDays, twoDays],
      waiting: [tomorrow],
    });
  });

  it('misses them all when even the latest is over 24 hours late', () => {
    const pending = [{ dueAt: hoursAgo(50) }, { dueAt: hoursAgo(26) }];
    expect(catchUpStep(pending, now)).toEqual({ send: null, missed: pending, waiting: [] });
  });

  it('never sends more than one, and accounts for every occurrence', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -100, max: 100 }), { maxLength: 53 }), (hours) => {
        const pending = hours.map((h) => ({ dueAt: hoursAgo(h) }));
        const plan = catchUpStep(pending, now);
        const all = [...(plan.send ? [plan.send] : []), ...plan.missed, ...plan.waiting];
        expect(all).toHaveLength(pending.length);
        expect(new Set(all).size).toBe(pending.length);
        plan.waiting.forEach((o) => expect(o.dueAt.getTime()).toBeGreaterThan(now.getTime()));
        const sent = plan.send;
        if (sent) {
          expect(catchUpDecision(sent.dueAt, now)).toBe('send');
          plan.missed.forEach((o) => expect(o.dueAt.getTime()).toBeLessThanOrEqual(sent.dueAt.getTime()));
        }
      }),
    );
  });
});

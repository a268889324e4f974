import { todayIn } from './invoice-status';

describe("the business's today", () => {
  const lateEveningUtc = new Date('2026-11-27T23:30:00Z');

  it('is the date in the account time zone, not on the server', () => {
    expect(todayIn('Europe/London', lateEveningUtc)).toBe('2026-11-27');
    expect(todayIn('Pacific/Auckland', lateEveningUtc)).toBe('2026-11-28');
    expect(todayIn('America/Los_Angeles', lateEveningUtc)).toBe('2026-11-27');
  });

  it('follows summer time', () => {
    expect(todayIn('Europe/London', new Date('2026-07-01T23:30:00Z'))).toBe('2026-07-02');
  });
});

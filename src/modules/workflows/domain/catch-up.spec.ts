import { catchUpDecision } from './catch-up';

const now = new Date('2026-06-10T12:00:00Z');
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);

describe('catchUpDecision', () => {
  it('sends what is up to 24 hours late, the limit included; misses anything older', () => {
    expect(catchUpDecision(hoursAgo(0), now)).toBe('send');
    expect(catchUpDecision(hoursAgo(3), now)).toBe('send');
    expect(catchUpDecision(hoursAgo(24), now)).toBe('send');
    expect(catchUpDecision(new Date(hoursAgo(24).getTime() - 1), now)).toBe('missed');
    expect(catchUpDecision(hoursAgo(30), now)).toBe('missed');
  });

  it('does not call something not due yet late', () => {
    expect(catchUpDecision(hoursAgo(-1), now)).toBe('send');
  });
});

import { jitteredExponentialBackoff } from './backoff';

describe('jitteredExponentialBackoff', () => {
  it('doubles from the base it is given in the job’s backoff options, with jitter in the upper half', () => {
    for (let attempt = 1; attempt <= 6; attempt += 1) {
      const ceiling = 200 * 2 ** (attempt - 1);
      const delay = jitteredExponentialBackoff(attempt, undefined, { baseMs: 200 });
      expect(delay).toBeGreaterThanOrEqual(ceiling / 2);
      expect(delay).toBeLessThanOrEqual(ceiling);
    }
  });

  it('never waits more than ten minutes', () => {
    expect(jitteredExponentialBackoff(40, undefined, { baseMs: 1000 })).toBeLessThanOrEqual(600_000);
  });
});

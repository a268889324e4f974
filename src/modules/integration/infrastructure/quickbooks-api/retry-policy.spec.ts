import { QuickBooksFaultError, QuickBooksUnreachableError } from '../../domain/quickbooks.errors';
import { RetryPolicy } from './retry-policy';

const fault = (status: number) => new QuickBooksFaultError(status, 'Fault', null, 'detail', 'tid', 'read invoice/1');

describe('RetryPolicy', () => {
  const options = { maxAttempts: 4, baseMs: 100, throttleMs: 1000, maxDelayMs: 5000 };

  it('retries 429, 5xx and network failures while attempts remain, never a 4xx', () => {
    const policy = new RetryPolicy(options);
    expect(policy.shouldRetry(fault(429), 1)).toBe(true);
    expect(policy.shouldRetry(fault(503), 3)).toBe(true);
    expect(policy.shouldRetry(new QuickBooksUnreachableError('read', new Error('ECONNRESET')), 1)).toBe(true);
    expect(policy.shouldRetry(fault(503), 4)).toBe(false);
    expect(policy.shouldRetry(fault(400), 1)).toBe(false);
    expect(policy.shouldRetry(fault(401), 1)).toBe(false);
    expect(policy.shouldRetry(new Error('bug'), 1)).toBe(false);
  });

  it('waits a full-jitter exponential time, at least the scaled throttle wait after a 429, capped', () => {
    const low = new RetryPolicy({ ...options, random: () => 0 });
    const high = new RetryPolicy({ ...options, random: () => 0.999999 });
    expect(low.delayMs(fault(500), 1)).toBe(0);
    expect(high.delayMs(fault(500), 1)).toBe(100);
    expect(high.delayMs(fault(500), 3)).toBe(400);
    expect(low.delayMs(fault(429), 1)).toBe(1000);
    expect(low.delayMs(fault(429), 2)).toBe(2000);
    expect(high.delayMs(fault(429), 2)).toBe(2200);
    expect(low.delayMs(fault(429), 4)).toBe(5000);
    expect(low.delayMs(fault(500), 1, 3000)).toBe(3000);
    expect(low.delayMs(fault(500), 1, 60_000)).toBe(5000);
  });
});

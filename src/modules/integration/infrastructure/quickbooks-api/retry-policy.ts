import { QuickBooksFaultError, QuickBooksUnreachableError } from '../../domain/quickbooks.errors';

export interface RetryPolicyOptions {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** Full-jitter backoff: attempt n waits a random time in [0, baseMs × 2^(n-1)). */
  baseMs: number;
  /** After a 429, attempt n waits at least throttleMs × 2^(n-1) (plus jitter). */
  throttleMs: number;
  /** No single wait is longer than this. */
  maxDelayMs: number;
  random?: () => number;
}

/** Which failures are worth another attempt, and how long to wait before it. */
export class RetryPolicy {
  private readonly random: () => number;

  constructor(private readonly options: RetryPolicyOptions) {
    this.random = options.random ?? Math.random;
  }

  get maxAttempts(): number {
    return this.options.maxAttempts;
  }

  /** 429, 5xx and network failures, while attempts remain; never a 4xx such as a ValidationFault. */
  shouldRetry(error: unknown, attemptsMade: number): boolean {
    if (attemptsMade >= this.options.maxAttempts) return false;
    return error instanceof QuickBooksUnreachableError || (error instanceof QuickBooksFaultError && error.transient);
  }

  /** The wait after `attemptsMade` attempts (1 after the first), honouring a Retry-After if longer. */
  delayMs(error: unknown, attemptsMade: number, retryAfterMs?: number): number {
    const scale = 2 ** Math.max(0, attemptsMade - 1);
    const jitter = this.random() * Math.min(this.options.maxDelayMs, this.options.baseMs * scale);
    const throttled = error instanceof QuickBooksFaultError && error.status === 429;
    const floor = throttled ? this.options.throttleMs * scale : 0;
    return Math.round(Math.min(this.options.maxDelayMs, Math.max(floor + jitter, retryAfterMs ?? 0)));
  }
}

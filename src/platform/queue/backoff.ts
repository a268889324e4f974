const MAX_DELAY_MS = 10 * 60 * 1000;

/** What a job's `backoff.options` carries to the jittered strategy. */
export interface JitteredBackoffOptions {
  baseMs: number;
}

/**
 * Exponential backoff with full jitter (AWS Architecture Blog, "Exponential Backoff And Jitter"):
 * retries of many jobs that failed together spread out instead of arriving together. Bull 4 calls a
 * custom strategy with the job's `backoff.options` (not its `delay`), so the base comes from there.
 */
export function jitteredExponentialBackoff(
  attemptsMade: number,
  _error?: Error,
  options?: JitteredBackoffOptions | null,
): number {
  const baseMs = options?.baseMs ?? 1000;
  const ceiling = Math.min(MAX_DELAY_MS, baseMs * 2 ** Math.max(0, attemptsMade - 1));
  return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
}

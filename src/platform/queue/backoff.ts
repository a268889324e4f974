const MAX_DELAY_MS = 10 * 60 * 1000;

/**
 * Exponential backoff with full jitter (AWS Architecture Blog, "Exponential Backoff And Jitter"):
 * retries of many jobs that failed together spread out instead of arriving together.
 */
export function jitteredExponentialBackoff(attemptsMade: number, _error?: Error, baseDelay = 1000): number {
  const ceiling = Math.min(MAX_DELAY_MS, baseDelay * 2 ** Math.max(0, attemptsMade - 1));
  return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
}

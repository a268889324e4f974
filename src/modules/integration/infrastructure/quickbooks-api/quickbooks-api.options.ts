/**
 * Tunables of the QuickBooks client that QuickBooksConfig does not carry; tests shorten them.
 * Provide under QUICKBOOKS_API_OPTIONS to override (every field optional).
 */
export interface QuickBooksApiOptions {
  /** The rate window (QuickBooks counts a minute). Default 60 000. */
  windowMs?: number;
  /** One HTTP request's timeout. Default 30 000. */
  timeoutMs?: number;
  /** How long a concurrency slot is held if its holder dies. Default timeoutMs + 5 000. */
  leaseMs?: number;
  /** The longest a caller waits for a slot before QuickBooksRateLimitTimeoutError. Default 90 000. */
  maxWaitMs?: number;
  /** The pause between tries for a concurrency slot (jittered ±50 %). Default 50. */
  pollMs?: number;
  /** The longest single wait between retries. Default 2 × throttleRetryMs. */
  maxRetryDelayMs?: number;
}

export const QUICKBOOKS_API_OPTIONS = Symbol('QuickBooksApiOptions');

export const DEFAULT_WINDOW_MS = 60_000;
export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_WAIT_MS = 90_000;
export const DEFAULT_POLL_MS = 50;
export const LEASE_MARGIN_MS = 5_000;

import { PlatformErrors } from './platform.errors';

/** What ioredis raises when it cannot reach Redis: its own errors, and the socket's. */
const UNREACHABLE_NAMES = new Set(['MaxRetriesPerRequestError', 'ClusterAllFailedError']);
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE']);
const UNREACHABLE_MESSAGES = [/^Connection is closed\.?$/, /^Stream isn't writeable/];

/** Whether an error means Redis cannot be reached (not that a command was wrong). */
export function isRedisUnreachable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const { code } = error as { code?: unknown };
  return (
    UNREACHABLE_NAMES.has(error.name) ||
    (typeof code === 'string' && UNREACHABLE_CODES.has(code)) ||
    UNREACHABLE_MESSAGES.some((message) => message.test(error.message))
  );
}

/**
 * For a `.catch` on a Redis call that a request needs (the rate limiter's counters): an unreachable
 * Redis becomes PLATFORM.UNAVAILABLE (503, the client may retry), any other error stays as it is.
 */
export function unavailableWhenRedisIsUnreachable(error: unknown): never {
  if (isRedisUnreachable(error)) throw PlatformErrors.unavailable();
  throw error;
}

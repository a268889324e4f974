import { RedisThrottlerStorage } from './redis-throttler.storage';

const WINDOW_MS = 60_000;

/**
 * Failed sign-ins per client for a door outside Nest's guards (the operator pages' Basic auth):
 * after `limit` failures in a minute the client waits for the window to end, and its attempts,
 * right or wrong, are not checked meanwhile. Counted in Redis like the login's limit.
 */
export class FailedAttempts {
  constructor(
    private readonly storage: RedisThrottlerStorage,
    private readonly name: string,
    private readonly limit: number,
  ) {}

  /** Seconds the client must still wait, or 0 when it may try. */
  async waitFor(client: string): Promise<number> {
    const { hits, timeToExpire } = await this.storage.peek(client, this.name);
    return hits >= this.limit ? Math.max(1, timeToExpire) : 0;
  }

  async record(client: string): Promise<void> {
    await this.storage.increment(client, WINDOW_MS, this.limit, 0, this.name);
  }
}

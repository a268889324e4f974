import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable, type OnApplicationShutdown, Optional } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import Redis from 'ioredis';
import { redisConfig } from '../../../../platform/config/settle.config';
import { QuickBooksRateLimitTimeoutError } from '../../domain/quickbooks.errors';
import { QuickBooksConfig, quickbooksConfig } from '../quickbooks.config';
import {
  DEFAULT_MAX_WAIT_MS,
  DEFAULT_POLL_MS,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_WINDOW_MS,
  LEASE_MARGIN_MS,
  QUICKBOOKS_API_OPTIONS,
  type QuickBooksApiOptions,
} from './quickbooks-api.options';
import { ACQUIRE_SCRIPT, RELEASE_SCRIPT } from './quickbooks-rate-limit.scripts';
import { closeRedisClient } from '../../../../platform/redis/close-redis-client';

/** A held request slot; release it when the answer is in (releasing twice is harmless). */
export interface QuickBooksRequestSlot {
  release(): Promise<void>;
}

export interface QuickBooksRealmUsage {
  inFlight: number;
  inWindow: number;
}

/**
 * QuickBooks' per-company limits kept in Redis for every process at once: at most
 * requestsPerMinute requests in any sliding window and at most concurrentRequests in flight per
 * realm. A concurrency slot is a lease that expires, so a crashed process cannot keep it.
 */
@Injectable()
export class QuickBooksRateLimiter implements OnApplicationShutdown {
  private readonly redis: Redis;
  private readonly prefix: string;
  private readonly windowMs: number;
  private readonly leaseMs: number;
  private readonly maxWaitMs: number;
  private readonly pollMs: number;

  constructor(
    @Inject(redisConfig.KEY) redis: ConfigType<typeof redisConfig>,
    @Inject(quickbooksConfig.KEY) private readonly config: QuickBooksConfig,
    @Optional() @Inject(QUICKBOOKS_API_OPTIONS) options: QuickBooksApiOptions = {},
  ) {
    this.redis = new Redis(redis.url, { lazyConnect: true, maxRetriesPerRequest: 2 });
    this.prefix = `${redis.queuePrefix}:qbo`;
    this.windowMs = options.windowMs ?? DEFAULT_WINDOW_MS;
    this.leaseMs = options.leaseMs ?? (options.timeoutMs ?? DEFAULT_TIMEOUT_MS) + LEASE_MARGIN_MS;
    this.maxWaitMs = options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
    this.pollMs = options.pollMs ?? DEFAULT_POLL_MS;
  }

  /** Waits for a slot of the realm; QuickBooksRateLimitTimeoutError (transient) after maxWaitMs. */
  async acquire(realmId: string): Promise<QuickBooksRequestSlot> {
    const keys = this.keys(realmId);
    const id = randomUUID();
    const started = Date.now();
    for (;;) {
      const [granted, waitMs] = (await this.redis.eval(
        ACQUIRE_SCRIPT,
        2,
        ...keys,
        this.windowMs,
        this.config.requestsPerMinute,
        this.config.concurrentRequests,
        this.leaseMs,
        id,
      )) as [number, number];
      if (granted === 1) return this.slot(keys, id);
      const waited = Date.now() - started;
      if (waited >= this.maxWaitMs) throw new QuickBooksRateLimitTimeoutError(realmId, waited);
      const pause = (waitMs > 0 ? waitMs : 0) + this.pollMs * (0.5 + Math.random());
      await sleep(Math.min(pause, this.maxWaitMs - waited));
    }
  }

  /** What the realm uses now, for health pages and tests. */
  async usage(realmId: string): Promise<QuickBooksRealmUsage> {
    const [window, leases] = this.keys(realmId);
    const [seconds, micros] = await this.redis.time();
    const now = Number(seconds) * 1000 + Math.floor(Number(micros) / 1000);
    const [inWindow, inFlight] = await Promise.all([
      this.redis.zcount(window, now - this.windowMs, '+inf'),
      this.redis.zcount(leases, now, '+inf'),
    ]);
    return { inFlight, inWindow };
  }

  /** After the queues have let their running jobs finish (see QueueDrain). */
  async onApplicationShutdown(): Promise<void> {
    await closeRedisClient(this.redis);
  }

  /** The realm's keys share a hash tag so that the scripts also run on Redis Cluster. */
  private keys(realmId: string): [string, string] {
    return [`${this.prefix}:{${realmId}}:window`, `${this.prefix}:{${realmId}}:inflight`];
  }

  private slot(keys: [string, string], id: string): QuickBooksRequestSlot {
    let released = false;
    return {
      release: async () => {
        if (released) return;
        released = true;
        await this.redis.eval(RELEASE_SCRIPT, 2, ...keys, id, this.windowMs, this.leaseMs);
      },
    };
  }
}

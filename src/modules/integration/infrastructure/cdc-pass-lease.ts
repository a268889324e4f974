import { randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import Redis from 'ioredis';
import { redisConfig } from '../../../platform/config/settle.config';
import { closeRedisClient } from '../../../platform/redis/close-redis-client';

/** Longer than any pass should take; a holder that died frees the company after it. */
const LEASE_MS = 5 * 60_000;
/** After a failed pass on demand, callers are told "unreachable" at once for this long. */
const FAILED_FOR_MS = 60_000;

const RELEASE_SCRIPT = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0`;

/** A held lease; releasing it twice, or after it lapsed, is harmless. */
export interface CdcPassHold {
  release(): Promise<void>;
}

/**
 * One CDC pass per company at a time, across every process: a lease in Redis (work in flight, not
 * business state), so that no caller holds a database connection while it waits for another's pass.
 * Also remembers, briefly, that a pass on demand just failed, so that thousands of reminders due
 * while QuickBooks is down do not each try it again.
 */
@Injectable()
export class CdcPassLease implements OnApplicationShutdown {
  private readonly redis: Redis;
  private readonly prefix: string;

  constructor(@Inject(redisConfig.KEY) redis: ConfigType<typeof redisConfig>) {
    this.redis = new Redis(redis.url, { lazyConnect: true, maxRetriesPerRequest: 2 });
    this.prefix = `${redis.queuePrefix}:qbo:cdc`;
  }

  /** The lease of the connection's passes, or null when another pass holds it. */
  async take(connectionId: string): Promise<CdcPassHold | null> {
    const key = `${this.prefix}:lease:${connectionId}`;
    const token = randomUUID();
    if ((await this.redis.set(key, token, 'PX', LEASE_MS, 'NX')) !== 'OK') return null;
    let released = false;
    return {
      release: async () => {
        if (released) return;
        released = true;
        await this.redis.eval(RELEASE_SCRIPT, 1, key, token);
      },
    };
  }

  async isHeld(connectionId: string): Promise<boolean> {
    return (await this.redis.exists(`${this.prefix}:lease:${connectionId}`)) === 1;
  }

  async failed(connectionId: string): Promise<void> {
    await this.redis.set(`${this.prefix}:failed:${connectionId}`, '1', 'PX', FAILED_FOR_MS);
  }

  async failedRecently(connectionId: string): Promise<boolean> {
    return (await this.redis.exists(`${this.prefix}:failed:${connectionId}`)) === 1;
  }

  /** After the queues have let their running jobs finish (see QueueDrain). */
  async onApplicationShutdown(): Promise<void> {
    await closeRedisClient(this.redis);
  }
}

import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import type { ThrottlerStorage } from '@nestjs/throttler';
import type { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';
import Redis from 'ioredis';
import { redisConfig } from '../config/settle.config';
import { unavailableWhenRedisIsUnreachable } from '../errors/redis-unavailable';
import { closeRedisClient } from '../redis/close-redis-client';

const INCREMENT = `
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return { hits, redis.call('PTTL', KEYS[1]) }`;

/** Rate-limit counters in Redis, so every API instance counts the same window. */
@Injectable()
export class RedisThrottlerStorage implements ThrottlerStorage, OnModuleDestroy {
  private readonly redis: Redis;
  private readonly prefix: string;

  constructor(@Inject(redisConfig.KEY) config: ConfigType<typeof redisConfig>) {
    this.redis = new Redis(config.url, { lazyConnect: true, maxRetriesPerRequest: 2 });
    this.prefix = `${config.queuePrefix}:throttle:`;
  }

  async increment(
    key: string,
    ttl: number,
    limit: number,
    _block: number,
    name: string,
  ): Promise<ThrottlerStorageRecord> {
    const [hits, pttl] = (await this.redis
      .eval(INCREMENT, 1, `${this.prefix}${name}:${key}`, ttl)
      .catch(unavailableWhenRedisIsUnreachable)) as [number, number];
    const timeToExpire = Math.max(0, Math.ceil(pttl / 1000));
    return {
      totalHits: hits,
      timeToExpire,
      isBlocked: hits > limit,
      timeToBlockExpire: hits > limit ? timeToExpire : 0,
    };
  }

  /** The count in a window without adding to it. */
  async peek(key: string, name: string): Promise<{ hits: number; timeToExpire: number }> {
    const redisKey = `${this.prefix}${name}:${key}`;
    const [hits, pttl] = await Promise.all([this.redis.get(redisKey), this.redis.pttl(redisKey)]);
    return { hits: Number(hits ?? 0), timeToExpire: Math.max(0, Math.ceil(pttl / 1000)) };
  }

  async onModuleDestroy(): Promise<void> {
    await closeRedisClient(this.redis);
  }
}

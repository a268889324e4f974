import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import Redis from 'ioredis';
import { redisConfig } from '../../../../platform/config/settle.config';
import { messagingConfig, type MessagingConfig } from '../messaging.config';
import { END_REQUEST_SCRIPT, TAKE_SLOT_SCRIPT } from './vonage-throughput.scripts';
import { closeRedisClient } from '../../../../platform/redis/close-redis-client';

const WINDOW_MS = 1000;
const MAX_PAUSE_MS = 100;

/** A request's place in the window; end it when Vonage has answered (ending twice is harmless). */
export type EndRequest = () => Promise<void>;

/**
 * Vonage's throughput (VONAGE_THROUGHPUT_PER_SECOND requests a second per API key), counted in Redis
 * for every process at once. A request counts from its start until a second after its end, so
 * however long it travels Vonage never sees more than the limit in a second. A send over the limit
 * waits for a free slot instead of being refused; a crashed process's slots expire with their lease.
 */
@Injectable()
export class VonageThroughput implements OnApplicationShutdown {
  private readonly redis: Redis;
  private readonly key: string;
  private readonly leaseMs: number;

  constructor(
    @Inject(redisConfig.KEY) redis: ConfigType<typeof redisConfig>,
    @Inject(messagingConfig.KEY) private readonly config: MessagingConfig,
  ) {
    this.redis = new Redis(redis.url, { lazyConnect: true, maxRetriesPerRequest: 2 });
    this.key = `${redis.queuePrefix}:vonage:{${config.apiKey || 'sandbox'}}:requests`;
    this.leaseMs = config.timeoutMs + 1000;
  }

  /** Resolves when one more request fits, with the function that says it ended. */
  async take(): Promise<EndRequest> {
    const id = randomUUID();
    for (;;) {
      const waitMs = Number(
        await this.redis.eval(
          TAKE_SLOT_SCRIPT,
          1,
          this.key,
          WINDOW_MS,
          this.config.throughputPerSecond,
          id,
          this.leaseMs,
        ),
      );
      if (waitMs <= 0) break;
      await sleep(Math.min(waitMs, MAX_PAUSE_MS) + Math.random() * 10);
    }
    let ended = false;
    return async () => {
      if (ended) return;
      ended = true;
      await this.redis.eval(END_REQUEST_SCRIPT, 1, this.key, id, WINDOW_MS);
    };
  }

  /** After the queues have let their running jobs finish (see QueueDrain). */
  async onApplicationShutdown(): Promise<void> {
    await closeRedisClient(this.redis);
  }
}

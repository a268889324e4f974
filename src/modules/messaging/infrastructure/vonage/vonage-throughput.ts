import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import Redis from 'ioredis';
import { redisConfig } from '../../../../platform/config/settle.config';
import { messagingConfig, type MessagingConfig } from '../messaging.config';
import { TAKE_SLOT_SCRIPT } from './vonage-throughput.scripts';

/**
 * A sliding second a little longer than Vonage's: a request counted here at t reaches Vonage a few
 * milliseconds later, so two requests a window apart here are never closer than a second there.
 */
const WINDOW_MS = 1100;

/**
 * Vonage's throughput (VONAGE_THROUGHPUT_PER_SECOND requests a second per API key), counted in Redis
 * for every process at once. A send over the limit waits for a free slot instead of being refused.
 */
@Injectable()
export class VonageThroughput implements OnModuleDestroy {
  private readonly redis: Redis;
  private readonly key: string;

  constructor(
    @Inject(redisConfig.KEY) redis: ConfigType<typeof redisConfig>,
    @Inject(messagingConfig.KEY) private readonly config: MessagingConfig,
  ) {
    this.redis = new Redis(redis.url, { lazyConnect: true, maxRetriesPerRequest: 2 });
    this.key = `${redis.queuePrefix}:vonage:{${config.apiKey || 'sandbox'}}:requests`;
  }

  /** Resolves when one more request fits in the current second. */
  async take(): Promise<void> {
    const id = randomUUID();
    for (;;) {
      const waitMs = Number(
        await this.redis.eval(TAKE_SLOT_SCRIPT, 1, this.key, WINDOW_MS, this.config.throughputPerSecond, id),
      );
      if (waitMs <= 0) return;
      await sleep(waitMs + Math.random() * 20);
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }
}

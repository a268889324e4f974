import { InjectQueue } from '@nestjs/bull';
import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { Queue } from 'bull';
import { DispatchEventJob } from '../outbox/outbox.jobs';

const TIMEOUT_MS = 1000;
/** ioredis states in which a command would only wait in the offline queue: down, without waiting. */
const DISCONNECTED = new Set(['reconnecting', 'close', 'end']);

@Injectable()
export class RedisHealthIndicator {
  constructor(
    private readonly indicators: HealthIndicatorService,
    @InjectQueue(DispatchEventJob.queue) private readonly queue: Queue,
  ) {}

  async check(key: string) {
    const session = this.indicators.check(key);
    const { status } = this.queue.client;
    if (DISCONNECTED.has(status)) return session.down({ message: `Redis is unreachable (connection ${status})` });
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('timed out')), TIMEOUT_MS).unref(),
    );
    try {
      await Promise.race([this.queue.client.ping(), timeout]);
      return session.up();
    } catch (error) {
      return session.down({ message: error instanceof Error ? error.message : String(error) });
    }
  }
}

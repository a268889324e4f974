import { InjectQueue } from '@nestjs/bull';
import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { Queue } from 'bull';
import { DispatchEventJob } from '../outbox/outbox.jobs';

const TIMEOUT_MS = 1000;

@Injectable()
export class RedisHealthIndicator {
  constructor(
    private readonly indicators: HealthIndicatorService,
    @InjectQueue(DispatchEventJob.queue) private readonly queue: Queue,
  ) {}

  async check(key: string) {
    const session = this.indicators.check(key);
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

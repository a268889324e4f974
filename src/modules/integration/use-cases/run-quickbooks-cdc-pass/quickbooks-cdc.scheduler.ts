import { InjectQueue } from '@nestjs/bull';
import { MikroORM } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Queue } from 'bull';
import { QuickBooksConnection } from '../../domain/quickbooks-connection';
import { RunQuickBooksCdcPassJob } from '../../infrastructure/quickbooks.jobs';
import { quickbooksConfig, type QuickBooksConfig } from '../../infrastructure/quickbooks.config';

/**
 * Every few minutes (QBO_CDC_INTERVAL_SECONDS), a CDC pass for each connected company. Job ids
 * carry the time slot, so several workers scheduling at once queue each pass once.
 */
@Injectable()
export class QuickBooksCdcScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(QuickBooksCdcScheduler.name);
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly orm: MikroORM,
    @InjectQueue(RunQuickBooksCdcPassJob.queue) private readonly queue: Queue,
    @Inject(quickbooksConfig.KEY) private readonly config: QuickBooksConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.scheduleAll().catch((error: unknown) => this.logger.error({ err: error }, 'Scheduling CDC passes failed'));
    }, this.config.cdcIntervalSeconds * 1000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Queues a pass for every connected company; answers how many. */
  async scheduleAll(now = Date.now()): Promise<number> {
    const connections = await this.orm.em
      .fork()
      .find(QuickBooksConnection, { status: 'connected' }, { filters: false, fields: ['id', 'accountId'] });
    const slot = Math.floor(now / (this.config.cdcIntervalSeconds * 1000));
    await this.queue.addBulk(
      connections.map((connection) => ({
        name: RunQuickBooksCdcPassJob.name,
        data: { connectionId: connection.id, accountId: connection.accountId },
        opts: { jobId: `cdc:${connection.id}:${slot}` },
      })),
    );
    return connections.length;
  }
}

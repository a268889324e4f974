import { MikroORM } from '@mikro-orm/postgresql';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Inbox } from './inbox';

const SWEEP_EVERY_MS = 60_000;

/**
 * Re-queues stored webhooks that have waited a minute unprocessed (the queue was down when they
 * arrived, or Redis lost its jobs). The job id is the inbox id, so a live job is not doubled.
 */
@Injectable()
export class InboxSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(InboxSweep.name);
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly orm: MikroORM,
    private readonly inbox: Inbox,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.sweep().catch((error: unknown) => this.logger.error({ err: error }, 'Inbox sweep failed'));
    }, SWEEP_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async sweep(): Promise<number> {
    const rows = await this.orm.em.getConnection().execute<{ id: string }[]>(
      `select id from platform_inbox where status = 'received' and received_at < now() - interval '1 minute'
       order by received_at limit 1000`,
    );
    for (const row of rows) await this.inbox.enqueue(row.id);
    return rows.length;
  }
}

import { InjectQueue } from '@nestjs/bull';
import { MikroORM } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import type { Queue } from 'bull';
import { redisConfig } from '../config/settle.config';
import { QUEUES, type JobPayloads } from '../queue/queues';

const BATCH = 100;

interface UnpublishedRow {
  id: string;
  correlation_id: string | null;
}

/**
 * Moves committed outbox events onto the events queue, oldest first, and marks them published in
 * the same transaction that locked them. A crash between the two re-sends them on the next pass;
 * the job id (the event id) and the consumers' handled-event records make that harmless.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer: NodeJS.Timeout | undefined;
  private pass: Promise<void> = Promise.resolve();
  private running = false;

  constructor(
    private readonly orm: MikroORM,
    @InjectQueue(QUEUES.events.name) private readonly queue: Queue<JobPayloads['dispatch-event']>,
    @Inject(redisConfig.KEY) private readonly config: ConfigType<typeof redisConfig>,
  ) {}

  onApplicationBootstrap(): void {
    this.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    await this.pass;
  }

  /** One pass: relays up to a batch and says how many it relayed. */
  async relayOnce(): Promise<number> {
    const em = this.orm.em.fork();
    return em.transactional(async (tx) => {
      const connection = tx.getConnection();
      const context = tx.getTransactionContext();
      const rows = await connection.execute<UnpublishedRow[]>(
        `select id, correlation_id from platform_outbox where published_at is null
         order by occurred_at, id limit ${BATCH} for update skip locked`,
        [],
        'all',
        context,
      );
      if (rows.length === 0) return 0;
      await this.queue.addBulk(
        rows.map((row) => ({
          name: QUEUES.events.jobs.dispatch,
          data: { outboxId: row.id, correlationId: row.correlation_id ?? undefined },
          opts: { jobId: row.id },
        })),
      );
      await connection.execute(
        'update platform_outbox set published_at = now() where id in (?)',
        [rows.map((row) => row.id)],
        'run',
        context,
      );
      return rows.length;
    });
  }

  private schedule(delay: number): void {
    if (!this.running) return;
    this.timer = setTimeout(() => {
      this.pass = this.relayOnce()
        .then((relayed) => this.schedule(relayed === BATCH ? 0 : this.config.outboxPollMs))
        .catch((error: unknown) => {
          this.logger.error({ err: error }, 'Outbox relay pass failed; retrying');
          this.schedule(this.config.outboxPollMs * 4);
        });
    }, delay);
  }
}

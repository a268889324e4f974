import { getQueueToken } from '@nestjs/bull';
import { MikroORM } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { DiscoveryService, ModuleRef } from '@nestjs/core';
import type { Queue } from 'bull';
import { Client } from 'pg';
import { databaseConfig, redisConfig } from '../config/settle.config';
import type { QueueDefinition } from '../queue/queue-definition';
import { registeredQueues } from '../queue/queue-processor.check';
import { TimedPasses } from '../schedule/timed-passes';
import { OUTBOX_CHANNEL } from './outbox-channel';

const BATCH = 100;
const PASS = 'outbox-relay';

interface UnpublishedRow {
  id: string;
  event_name: string | null;
  queue: string;
  job_name: string;
  job_id: string;
  payload: Record<string, unknown>;
  correlation_id: string | null;
}

/**
 * Moves committed outbox rows onto their queues, oldest first, and marks them published in the
 * transaction that locked them (`for update skip locked`: relays in several workers share the
 * rows). A queue that refuses rolls the pass back and the rows wait for the next one; a crash
 * between queueing and the commit re-sends them, which the deterministic job ids make harmless.
 * It wakes when PostgreSQL notifies a commit of new rows, and polls as a fallback.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private listener: Client | undefined;
  private again = false;
  private running = false;
  private queues = new Map<string, QueueDefinition>();

  constructor(
    private readonly orm: MikroORM,
    private readonly moduleRef: ModuleRef,
    private readonly discovery: DiscoveryService,
    private readonly passes: TimedPasses,
    @Inject(redisConfig.KEY) private readonly redis: ConfigType<typeof redisConfig>,
    @Inject(databaseConfig.KEY) private readonly database: ConfigType<typeof databaseConfig>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.queues = new Map(registeredQueues(this.discovery).map((queue) => [queue.name, queue]));
    this.passes.every(PASS, this.redis.outboxPollMs, () => this.drain());
    this.running = true;
    await this.listen();
    this.kick();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  /** Relays whenever woken or polled (the default once the app has started). */
  start(): void {
    this.running = true;
    if (!this.listener) void this.listen();
    this.kick();
  }

  /** Stops relaying (tests use it to hold events back) and waits for a pass in flight. */
  async stop(): Promise<void> {
    this.running = false;
    await this.passes.run(PASS, async () => undefined);
    await this.listener?.end().catch(() => undefined);
    this.listener = undefined;
  }

  kick(): void {
    this.again = true;
    void this.passes.run(PASS, () => this.drain());
  }

  /** One pass: relays up to a batch and says how many rows it relayed. */
  async relayOnce(): Promise<number> {
    return this.orm.em.fork().transactional(async (tx) => {
      const connection = tx.getConnection();
      const context = tx.getTransactionContext();
      const rows = await connection.execute<UnpublishedRow[]>(
        `select id, event_name, queue, job_name, job_id, payload, correlation_id from platform_outbox
         where published_at is null order by occurred_at, id limit ${BATCH} for update skip locked`,
        [],
        'all',
        context,
      );
      if (rows.length === 0) return 0;
      for (const [queue, jobs] of groupByQueue(rows)) {
        await this.queueNamed(queue).addBulk(
          jobs.map((row) => ({ name: row.job_name, data: jobDataOf(row), opts: this.jobOptions(row) })),
        );
      }
      await connection.execute(
        'update platform_outbox set published_at = now() where id in (?)',
        [rows.map((row) => row.id)],
        'run',
        context,
      );
      return rows.length;
    });
  }

  /** Relays until the outbox is empty, and again if woken meanwhile. */
  private async drain(): Promise<void> {
    do {
      this.again = false;
      while (this.running && (await this.relayOnce()) === BATCH);
    } while (this.running && this.again);
  }

  /** Bull takes an `attempts: undefined` over the queue's default, so it is only set when a kind sets it. */
  private jobOptions(row: UnpublishedRow): { jobId: string; attempts?: number } {
    const attempts = this.queues.get(row.queue)?.kind(row.job_name)?.attempts;
    return attempts === undefined ? { jobId: row.job_id } : { jobId: row.job_id, attempts };
  }

  private queueNamed(name: string): Queue {
    return this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
  }

  /** A dedicated connection that LISTENs for commits of new outbox rows (see the outbox trigger). */
  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.database.url });
    client.on('notification', () => this.kick());
    client.on('error', (error) => {
      this.logger.warn({ err: error }, 'Outbox listener lost its connection; polling only');
      this.listener = undefined;
    });
    try {
      await client.connect();
      await client.query(`listen ${OUTBOX_CHANNEL}`);
      this.listener = client;
    } catch (error) {
      this.logger.warn({ err: error }, 'Outbox listener could not start; polling only');
      await client.end().catch(() => undefined);
    }
  }
}

function groupByQueue(rows: UnpublishedRow[]): Map<string, UnpublishedRow[]> {
  const byQueue = new Map<string, UnpublishedRow[]>();
  for (const row of rows) byQueue.set(row.queue, [...(byQueue.get(row.queue) ?? []), row]);
  return byQueue;
}

/** An event's job reloads the event by id; any other job carries its payload. */
function jobDataOf(row: UnpublishedRow): Record<string, unknown> {
  const correlationId = row.correlation_id ?? undefined;
  return row.event_name ? { outboxId: row.id, correlationId } : { ...row.payload, correlationId };
}

import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { DiscoveryService, ModuleRef } from '@nestjs/core';
import { Client } from 'pg';
import { groupBy } from '../../../libs/collections';
import { databaseConfig, redisConfig } from '../config/settle.config';
import { AccountScope } from '../database/account-scope';
import { COMMIT_WITHOUT_WAITING_FOR_DISK } from '../database/commit-without-waiting-for-disk';
import type { QueueDefinition } from '../queue/queue-definition';
import { queueNamed, registeredQueues } from '../queue/queue-registration';
import { TimedPasses } from '../schedule/timed-passes';
import { OUTBOX_CHANNEL } from './outbox-channel';

const BATCH = 100;
const PASS = 'outbox-relay';
const RESEND_PASS = 'outbox-resend';
const RESEND_EVERY_MS = 60_000;
const RESEND_AFTER_MS = 60_000;

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
 * That is also why the pass commits without waiting for the disk (`synchronous_commit = off`): a
 * `published_at` lost to a crash costs only a resend, and a pass need not wait for a WAL flush.
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
    private readonly scope: AccountScope,
    private readonly moduleRef: ModuleRef,
    private readonly discovery: DiscoveryService,
    private readonly passes: TimedPasses,
    @Inject(redisConfig.KEY) private readonly redis: ConfigType<typeof redisConfig>,
    @Inject(databaseConfig.KEY) private readonly database: ConfigType<typeof databaseConfig>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.queues = new Map(registeredQueues(this.discovery).map((queue) => [queue.name, queue]));
    this.passes.every(PASS, this.redis.outboxPollMs, () => this.drain());
    this.passes.every(RESEND_PASS, RESEND_EVERY_MS, () => this.resendUnsettled());
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
  relayOnce(): Promise<number> {
    return this.queueLockedRows('published_at is null', []);
  }

  /**
   * Queues again the rows whose job was queued a while ago and has not settled (completed, or failed
   * for good): Redis lost it (a restart without persistence, say). The job id makes it a no-op when
   * Bull still holds the job; the jobs themselves are idempotent when it has only forgotten it.
   */
  async resendUnsettled(queuedBeforeMsAgo = RESEND_AFTER_MS): Promise<number> {
    let resent = 0;
    for (;;) {
      const batch = await this.queueLockedRows(
        'published_at < now() - make_interval(secs => ?) and settled_at is null',
        [queuedBeforeMsAgo / 1000],
      );
      resent += batch;
      if (batch < BATCH) return resent;
    }
  }

  private queueLockedRows(where: string, params: unknown[]): Promise<number> {
    return this.scope.acrossAccounts((em) =>
      em.transactional(async (tx) => {
        const connection = tx.getConnection();
        const context = tx.getTransactionContext();
        const rows = await connection.execute<UnpublishedRow[]>(
          `select id, event_name, queue, job_name, job_id, payload, correlation_id from platform_outbox
         where ${where} order by occurred_at, id limit ${BATCH} for update skip locked`,
          params,
          'all',
          context,
        );
        if (rows.length === 0) return 0;
        for (const [queue, jobs] of groupBy(rows, (row) => row.queue)) {
          await queueNamed(this.moduleRef, queue).addBulk(
            jobs.map((row) => ({ name: row.job_name, data: jobDataOf(row), opts: this.jobOptions(row) })),
          );
        }
        await connection.execute(COMMIT_WITHOUT_WAITING_FOR_DISK, [], 'run', context);
        await connection.execute(
          'update platform_outbox set published_at = now() where id in (?)',
          [rows.map((row) => row.id)],
          'run',
          context,
        );
        return rows.length;
      }),
    );
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

/** An event's job reloads the event by id; any other job carries its payload. */
function jobDataOf(row: UnpublishedRow): Record<string, unknown> {
  const correlationId = row.correlation_id ?? undefined;
  return row.event_name ? { outboxId: row.id, correlationId } : { ...row.payload, correlationId };
}

import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryService, ModuleRef } from '@nestjs/core';
import type { Job } from 'bull';
import { AccountScope } from '../database/account-scope';
import { COMMIT_WITHOUT_WAITING_FOR_DISK } from '../database/commit-without-waiting-for-disk';
import { withPgConnection } from '../database/pg-connection';
import { textArray } from '../database/pg-text-array';
import { JOB_ATTEMPTS } from '../queue/job-attempts';
import { queueNamed, registeredQueues } from '../queue/queue-registration';

/**
 * Marks outbox rows settled when their job completes, or fails for good, in this worker: the rows
 * the relay queued and that never settle are the ones Redis lost, which it queues again.
 *
 * The jobs that settle while an update is in flight go together in the next one, and it commits
 * without waiting for the disk (`synchronous_commit = off`): under load a worker settles dozens of
 * jobs a second, which were as many commits, each waiting for a WAL flush of its own. A settlement
 * lost to a crash costs only a resend, whose job finds its work done.
 */
@Injectable()
export class OutboxSettlement implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxSettlement.name);
  private queues: string[] = [];
  private jobIds: string[] = [];
  private writing: Promise<void> | undefined;

  constructor(
    private readonly scope: AccountScope,
    private readonly moduleRef: ModuleRef,
    private readonly discovery: DiscoveryService,
  ) {}

  onApplicationBootstrap(): void {
    for (const { name } of registeredQueues(this.discovery)) {
      const queue = queueNamed(this.moduleRef, name);
      queue.on('completed', (job: Job) => this.settle(name, job));
      queue.on('failed', (job: Job) => {
        if (job.attemptsMade >= (job.opts.attempts ?? JOB_ATTEMPTS)) this.settle(name, job);
      });
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.writing;
  }

  private settle(queue: string, job: Job): void {
    this.queues.push(queue);
    this.jobIds.push(String(job.id));
    this.writing ??= this.writeWaiting();
  }

  private async writeWaiting(): Promise<void> {
    while (this.jobIds.length > 0) {
      const queues = this.queues;
      const jobIds = this.jobIds;
      this.queues = [];
      this.jobIds = [];
      await this.markSettled(queues, jobIds).catch((error: unknown) =>
        this.logger.warn({ err: error, jobs: jobIds.length }, 'Could not mark outbox jobs settled; they may be resent'),
      );
    }
    this.writing = undefined;
  }

  private markSettled(queues: string[], jobIds: string[]): Promise<void> {
    return this.scope.acrossAccounts((em) =>
      em.transactional((tx) =>
        withPgConnection(tx, async (connection) => {
          await connection.query(COMMIT_WITHOUT_WAITING_FOR_DISK);
          await connection.query(
            `update platform_outbox o set settled_at = now()
               from unnest($1::text[], $2::text[]) as settled(queue, job_id)
              where o.queue = settled.queue and o.job_id = settled.job_id and o.settled_at is null`,
            [textArray(queues), textArray(jobIds)],
          );
        }),
      ),
    );
  }
}

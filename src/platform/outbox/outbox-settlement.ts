import { getQueueToken } from '@nestjs/bull';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, ModuleRef } from '@nestjs/core';
import type { Job, Queue } from 'bull';
import { AccountScope } from '../database/account-scope';
import { JOB_ATTEMPTS } from '../queue/job-attempts';
import { registeredQueues } from '../queue/queue-registration';

/**
 * Marks an outbox row settled when its job completes, or fails for good, in this worker: the rows
 * the relay queued and that never settle are the ones Redis lost, which it queues again.
 */
@Injectable()
export class OutboxSettlement implements OnApplicationBootstrap {
  private readonly logger = new Logger(OutboxSettlement.name);

  constructor(
    private readonly scope: AccountScope,
    private readonly moduleRef: ModuleRef,
    private readonly discovery: DiscoveryService,
  ) {}

  onApplicationBootstrap(): void {
    for (const { name } of registeredQueues(this.discovery)) {
      const queue = this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
      queue.on('completed', (job: Job) => this.settle(name, job));
      queue.on('failed', (job: Job) => {
        if (job.attemptsMade >= (job.opts.attempts ?? JOB_ATTEMPTS)) this.settle(name, job);
      });
    }
  }

  private settle(queue: string, job: Job): void {
    this.scope
      .acrossAccounts((em) =>
        em
          .getConnection()
          .execute(
            'update platform_outbox set settled_at = now() where queue = ? and job_id = ? and settled_at is null',
            [queue, String(job.id)],
            'run',
          ),
      )
      .catch((error: unknown) =>
        this.logger.warn(
          { err: error, queue, jobId: job.id },
          'Could not mark an outbox job settled; it may be resent',
        ),
      );
  }
}

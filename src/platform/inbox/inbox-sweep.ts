import { InjectQueue } from '@nestjs/bull';
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bull';
import { AccountScope } from '../database/account-scope';
import { TimedPasses } from '../schedule/timed-passes';
import { ProcessWebhookJob } from './inbox.jobs';

const SWEEP_EVERY_MS = 60_000;

/**
 * Re-queues stored webhooks that have waited a minute unprocessed (Redis lost its jobs). The rows
 * are locked while queued (`skip locked`: sweeps in several workers share them) and the job id is
 * the inbox id, so a live job is never doubled.
 */
@Injectable()
export class InboxSweep implements OnApplicationBootstrap {
  constructor(
    private readonly scope: AccountScope,
    private readonly passes: TimedPasses,
    @InjectQueue(ProcessWebhookJob.queue) private readonly queue: Queue,
  ) {}

  onApplicationBootstrap(): void {
    this.passes.every('inbox-sweep', SWEEP_EVERY_MS, () => this.sweep());
  }

  sweep(): Promise<number> {
    return this.scope.acrossAccounts((em) =>
      em.transactional(async (tx) => {
        const rows = await tx.getConnection().execute<{ id: string }[]>(
          `select id from platform_inbox where status = 'received' and received_at < now() - interval '1 minute'
           order by received_at limit 1000 for update skip locked`,
          [],
          'all',
          tx.getTransactionContext(),
        );
        await this.queue.addBulk(
          rows.map((row) => ({ name: ProcessWebhookJob.name, data: { inboxId: row.id }, opts: { jobId: row.id } })),
        );
        return rows.length;
      }),
    );
  }
}

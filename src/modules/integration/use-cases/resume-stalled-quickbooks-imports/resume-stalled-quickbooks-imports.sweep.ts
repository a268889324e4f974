import { InjectQueue } from '@nestjs/bull';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bull';
import { AccountScope } from '../../../../platform/database/account-scope';
import { storableText } from '../../../../platform/database/storable-text';
import { Outbox } from '../../../../platform/outbox/outbox';
import { TimedPasses } from '../../../../platform/schedule/timed-passes';
import { QuickBooksImport } from '../../domain/quickbooks-import';
import { importJobId, RunQuickBooksImportJob } from '../../infrastructure/quickbooks.jobs';

const SWEEP_EVERY_MS = 60_000;
/** An import that recorded nothing for this long, with no job left to run it, has stalled. */
export const STALLED_AFTER_MS = 10 * 60_000;
/** How many times a stalled import is resumed before it is failed with the reason. */
export const MAX_RESUMES = 3;
const LIVE_STATES = new Set(['active', 'waiting', 'delayed', 'paused']);

/**
 * Finds queued or running imports that stopped making progress and whose job is gone, failed or
 * finished (a worker crashed twice in it, and Bull failed it as stalled; Redis lost it), and
 * queues a new job that resumes each from its last recorded page, up to MAX_RESUMES times; then
 * the import fails with its reason. The rows are locked while they are handled (`skip locked`:
 * sweeps in several workers share them), and each resume has a job id of its own.
 */
@Injectable()
export class ResumeStalledQuickBooksImports implements OnApplicationBootstrap {
  private readonly logger = new Logger(ResumeStalledQuickBooksImports.name);

  constructor(
    private readonly scope: AccountScope,
    private readonly passes: TimedPasses,
    private readonly outbox: Outbox,
    @InjectQueue(RunQuickBooksImportJob.queue) private readonly queue: Queue,
  ) {}

  onApplicationBootstrap(): void {
    this.passes.every('quickbooks-import-resume', SWEEP_EVERY_MS, () => this.sweep());
  }

  /** One sweep; answers the imports it resumed and those it failed. */
  sweep(now = new Date()): Promise<{ resumed: string[]; failed: string[] }> {
    return this.scope.acrossAccounts((em) =>
      em.transactional(async (tx) => {
        const stalled = await tx.getConnection().execute<{ id: string }[]>(
          `select id from integration_quickbooks_imports
           where status in ('queued', 'running') and progressed_at < ?::timestamptz
           order by progressed_at limit 100 for update skip locked`,
          [new Date(now.getTime() - STALLED_AFTER_MS)],
          'all',
          tx.getTransactionContext(),
        );
        const outcome = { resumed: [] as string[], failed: [] as string[] };
        if (stalled.length === 0) return outcome;
        const runs = await tx.find(QuickBooksImport, { id: { $in: stalled.map((row) => row.id) } }, { filters: false });
        for (const run of runs) {
          const job = await this.queue.getJob(importJobId(run.id, run.resumes));
          if (job && LIVE_STATES.has(await job.getState())) continue;
          if (!run.resumeAfterStall(MAX_RESUMES, job?.failedReason ? storableText(job.failedReason) : null)) {
            outcome.failed.push(run.id);
            continue;
          }
          this.outbox.schedule(tx, {
            kind: RunQuickBooksImportJob,
            payload: { importId: run.id, accountId: run.accountId, resume: run.resumes },
            jobId: importJobId(run.id, run.resumes),
            accountId: run.accountId,
          });
          outcome.resumed.push(run.id);
        }
        if (outcome.resumed.length + outcome.failed.length > 0)
          this.logger.warn(outcome, 'Stalled QuickBooks imports resumed or failed');
        return outcome;
      }),
    );
  }
}

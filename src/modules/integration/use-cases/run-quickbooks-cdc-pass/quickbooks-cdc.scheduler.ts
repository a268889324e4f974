import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { AccountScope } from '../../../../platform/database/account-scope';
import { Outbox } from '../../../../platform/outbox/outbox';
import { TimedPasses } from '../../../../platform/schedule/timed-passes';
import { RunQuickBooksCdcPassJob } from '../../infrastructure/quickbooks.jobs';
import { quickbooksConfig, type QuickBooksConfig } from '../../infrastructure/quickbooks.config';

/** How many times per interval the schedule looks for companies due a pass. */
const LOOKS_PER_INTERVAL = 6;

/**
 * A CDC pass for each connected company whose last pass is older than QBO_CDC_INTERVAL_SECONDS.
 * The due connections are locked while their jobs are recorded in the outbox (`skip locked`:
 * schedules in several workers share them), and a job id carries the company and the interval's
 * slot, so a company due until its pass ends is queued once per slot however many workers look.
 */
@Injectable()
export class QuickBooksCdcScheduler implements OnApplicationBootstrap {
  constructor(
    private readonly scope: AccountScope,
    private readonly passes: TimedPasses,
    private readonly outbox: Outbox,
    @Inject(quickbooksConfig.KEY) private readonly config: QuickBooksConfig,
  ) {}

  onApplicationBootstrap(): void {
    const everyMs = Math.max(1000, (this.config.cdcIntervalSeconds * 1000) / LOOKS_PER_INTERVAL);
    this.passes.every('quickbooks-cdc-schedule', everyMs, () => this.scheduleAll());
  }

  /** Queues a pass for every connected company due one at `now`; answers how many. */
  scheduleAll(now = new Date()): Promise<number> {
    const intervalMs = this.config.cdcIntervalSeconds * 1000;
    return this.scope.acrossAccounts((em) =>
      em.transactional(async (tx) => {
        const due = await tx.getConnection().execute<{ id: string; account_id: string }[]>(
          `select id, account_id from integration_quickbooks_connections
           where status = 'connected' and (last_cdc_pass_at is null or last_cdc_pass_at <= ?::timestamptz)
           order by last_cdc_pass_at nulls first limit 1000 for update skip locked`,
          [new Date(now.getTime() - intervalMs)],
          'all',
          tx.getTransactionContext(),
        );
        const slot = Math.floor(now.getTime() / intervalMs);
        this.outbox.schedule(
          tx,
          ...due.map((row) => ({
            kind: RunQuickBooksCdcPassJob,
            payload: { connectionId: row.id, accountId: row.account_id },
            jobId: `cdc:${row.id}:${slot}`,
            accountId: row.account_id,
          })),
        );
        return due.length;
      }),
    );
  }
}

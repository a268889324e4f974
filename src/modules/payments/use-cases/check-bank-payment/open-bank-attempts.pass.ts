import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { AccountScope } from '../../../../platform/database/account-scope';
import { Outbox } from '../../../../platform/outbox/outbox';
import { TimedPasses } from '../../../../platform/schedule/timed-passes';
import { crezcoConfig, type CrezcoConfig } from '../../infrastructure/crezco/crezco.config';
import { CheckBankPaymentJob } from '../../infrastructure/payments.jobs';

const PASS = 'payments-open-bank-attempts';
const CLAIM_BATCH = 500;

interface ClaimedAttempt {
  id: string;
  account_id: string;
  due: Date;
}

/**
 * The backstop for Crezco webhooks that never come: every CREZCO_POLL_EVERY_MS it claims open bank
 * attempts whose next look is due (`skip locked`, so workers side by side take each once), leases
 * them for CREZCO_POLL_AFTER_MS, and schedules a check job for each in the same transaction. The
 * check sets the next look (backing off) or ends the polling.
 */
@Injectable()
export class OpenBankAttemptsPass implements OnApplicationBootstrap {
  constructor(
    private readonly scope: AccountScope,
    private readonly outbox: Outbox,
    private readonly passes: TimedPasses,
    @Inject(crezcoConfig.KEY) private readonly config: CrezcoConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.passes.every(PASS, this.config.pollEveryMs, () => this.run());
  }

  async run(): Promise<number> {
    let claimed = 0;
    for (;;) {
      const batch = await this.claimBatch();
      claimed += batch;
      if (batch < CLAIM_BATCH) return claimed;
    }
  }

  private claimBatch(): Promise<number> {
    return this.scope.acrossAccounts((em) =>
      em.transactional(async (tx) => {
        const now = new Date();
        const claimed = await tx.getConnection().execute<ClaimedAttempt[]>(
          `with due as (
             select id, next_check_at from payments_attempts
              where provider = 'crezco' and status in ('open', 'awaiting_confirmation') and next_check_at <= ?
              order by next_check_at limit ? for update skip locked
           )
           update payments_attempts a set next_check_at = ?
             from due where a.id = due.id
           returning a.id, a.account_id, due.next_check_at as due`,
          [now, CLAIM_BATCH, new Date(now.getTime() + this.config.pollAfterMs)],
          'all',
          tx.getTransactionContext(),
        );
        this.outbox.schedule(
          tx,
          ...claimed.map((attempt) => ({
            kind: CheckBankPaymentJob,
            payload: { attemptId: attempt.id, accountId: attempt.account_id },
            jobId: `bank-check:${attempt.id}:${new Date(attempt.due).getTime()}`,
            accountId: attempt.account_id,
          })),
        );
        return claimed.length;
      }),
    );
  }
}

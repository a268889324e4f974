import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { Clock } from '../../../../platform/clock/clock';
import { AccountScope } from '../../../../platform/database/account-scope';
import { Outbox } from '../../../../platform/outbox/outbox';
import { TimedPasses } from '../../../../platform/schedule/timed-passes';
import { claimDueOccurrences, type ClaimedOccurrence } from '../../infrastructure/due-occurrences';
import { SendWorkflowOccurrenceJob } from '../../infrastructure/workflows.jobs';

const PASS = 'workflows-due-occurrences';
const EVERY_MS = 5_000;
export const CLAIM_BATCH = 1_000;
/** A `sending` occurrence this old lost its job (Redis emptied, retries exhausted): it gets another. */
const STALLED_AFTER_MS = 15 * 60_000;

/**
 * The timed pass that wakes due steps: it claims them in batches (`sending`) and schedules one
 * job each through the outbox in the same transaction, so a claim and its job commit together.
 * The table is the truth; Redis only holds the jobs in flight.
 */
@Injectable()
export class DueOccurrencesPass implements OnApplicationBootstrap {
  constructor(
    private readonly scope: AccountScope,
    private readonly outbox: Outbox,
    private readonly passes: TimedPasses,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.passes.every(PASS, EVERY_MS, () => this.run());
  }

  /** Claims everything due now, batch after batch; answers how many occurrences it woke. */
  async run(): Promise<number> {
    let woken = 0;
    const stalledBefore = new Date(this.clock.now().getTime() - STALLED_AFTER_MS);
    for (const stalled of [undefined, stalledBefore]) {
      for (;;) {
        const batch = await this.claimBatch(stalled);
        woken += batch;
        if (batch < CLAIM_BATCH) break;
      }
    }
    return woken;
  }

  /** One batch in one transaction: the claim and the jobs. */
  claimBatch(stalledBefore?: Date): Promise<number> {
    return this.scope.acrossAccounts((em) =>
      em.transactional(async (tx) => {
        const claimed = await claimDueOccurrences(tx, this.clock.now(), CLAIM_BATCH, stalledBefore);
        this.outbox.schedule(tx, ...claimed.map(jobOf));
        return claimed.length;
      }),
    );
  }
}

/** The first job of an occurrence is named by its id; a later one (a lost job replaced) by its attempt too. */
function jobOf(claimed: ClaimedOccurrence) {
  return {
    kind: SendWorkflowOccurrenceJob,
    payload: { occurrenceId: claimed.id, accountId: claimed.account_id },
    jobId: claimed.attempts <= 1 ? claimed.id : `${claimed.id}:${claimed.attempts}`,
    accountId: claimed.account_id,
  };
}

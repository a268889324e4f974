import { Process, Processor } from '@nestjs/bull';
import type { Job } from 'bull';
import { ClsService } from 'nestjs-cls';
import { AccountScope } from '../../../../platform/database/account-scope';
import type { JobDataOf } from '../../../../platform/queue/job-kind';
import { isLastAttempt } from '../../../../platform/queue/last-attempt';
import { runWithCorrelationId } from '../../../../platform/tenancy/correlation';
import { QuickBooksConnection } from '../../domain/quickbooks-connection';
import { QuickBooksConnectionLostError } from '../../domain/quickbooks.errors';
import { QuickBooksCompanies } from '../../infrastructure/quickbooks-companies';
import { RunQuickBooksCdcPassJob } from '../../infrastructure/quickbooks.jobs';
import { QuickBooksCdcPass } from './quickbooks-cdc-pass';

/**
 * Runs a CDC pass and advances the cursor to when the pass started, only once it has succeeded: a
 * failed pass is retried from the old cursor.
 */
@Processor(RunQuickBooksCdcPassJob.queue)
export class RunQuickBooksCdcPassProcessor {
  constructor(
    private readonly scope: AccountScope,
    private readonly companies: QuickBooksCompanies,
    private readonly pass: QuickBooksCdcPass,
    private readonly cls: ClsService,
  ) {}

  @Process({ name: RunQuickBooksCdcPassJob.name, concurrency: 2 })
  async run(job: Job<JobDataOf<typeof RunQuickBooksCdcPassJob>>): Promise<void> {
    const { accountId, connectionId } = job.data;
    await runWithCorrelationId(this.cls, job.data.correlationId, async () => {
      const found = await this.companies.connected(accountId, { id: connectionId });
      if (!found) return;
      const startedAt = new Date();
      try {
        await this.pass.run(found.company, found.connection);
      } catch (error) {
        if (error instanceof QuickBooksConnectionLostError) return;
        if (isLastAttempt(job)) {
          await this.companies.recordFailure(found.company, 'CDC pass', error);
        }
        throw error;
      }
      await this.scope.transaction(accountId, async (em) => {
        const connection = await em.findOne(QuickBooksConnection, { id: connectionId });
        connection?.cdcPassed(startedAt);
      });
    });
  }
}

import { Process, Processor } from '@nestjs/bull';
import type { Job } from 'bull';
import { ClsService } from 'nestjs-cls';
import type { JobDataOf } from '../../../../platform/queue/job-kind';
import { runWithCorrelationId } from '../../../../platform/tenancy/correlation';
import { QuickBooksConnectionLostError } from '../../domain/quickbooks.errors';
import { QuickBooksCompanies } from '../../infrastructure/quickbooks-companies';
import { RunQuickBooksCdcPassJob } from '../../infrastructure/quickbooks.jobs';
import { QuickBooksCdcPass } from './quickbooks-cdc-pass';
import { isLastAttempt } from '../../../../platform/queue/last-attempt';

/**
 * Runs a CDC pass and advances the cursor to when the pass started, only once it has succeeded: a
 * failed pass is retried from the old cursor.
 */
@Processor(RunQuickBooksCdcPassJob.queue)
export class RunQuickBooksCdcPassProcessor {
  constructor(
    private readonly companies: QuickBooksCompanies,
    private readonly pass: QuickBooksCdcPass,
    private readonly cls: ClsService,
  ) {}

  @Process({ name: RunQuickBooksCdcPassJob.name, concurrency: 2 })
  async run(job: Job<JobDataOf<typeof RunQuickBooksCdcPassJob>>): Promise<void> {
    await runWithCorrelationId(this.cls, job.data.correlationId, async () => {
      const found = await this.companies.connected(job.data.accountId, { id: job.data.connectionId });
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
      found.connection.cdcPassed(startedAt);
      await found.em.flush();
    });
  }
}

import { Process, Processor } from '@nestjs/bull';
import type { Job } from 'bull';
import { ClsService } from 'nestjs-cls';
import type { JobDataOf } from '../../../../platform/queue/job-kind';
import { isLastAttempt } from '../../../../platform/queue/last-attempt';
import { runWithCorrelationId } from '../../../../platform/tenancy/correlation';
import { QuickBooksConnectionLostError } from '../../domain/quickbooks.errors';
import { QuickBooksCompanies } from '../../infrastructure/quickbooks-companies';
import { RunQuickBooksCdcPassJob } from '../../infrastructure/quickbooks.jobs';
import { ExclusiveCdcPass } from './exclusive-cdc-pass';

/**
 * Runs a CDC pass and advances the cursor to when the pass started, only once it has succeeded: a
 * failed pass is retried from the old cursor. A pass already running for the company (one asked
 * for before a reminder) stands for this one.
 */
@Processor(RunQuickBooksCdcPassJob.queue)
export class RunQuickBooksCdcPassProcessor {
  constructor(
    private readonly companies: QuickBooksCompanies,
    private readonly pass: ExclusiveCdcPass,
    private readonly cls: ClsService,
  ) {}

  @Process({ name: RunQuickBooksCdcPassJob.name, concurrency: 2 })
  async run(job: Job<JobDataOf<typeof RunQuickBooksCdcPassJob>>): Promise<void> {
    const { accountId, connectionId } = job.data;
    await runWithCorrelationId(this.cls, job.data.correlationId, async () => {
      const found = await this.companies.connected(accountId, { id: connectionId });
      if (!found) return;
      try {
        await this.pass.run(accountId, connectionId);
      } catch (error) {
        if (error instanceof QuickBooksConnectionLostError) return;
        if (isLastAttempt(job)) {
          await this.companies.recordFailure(found.company, 'CDC pass', error);
        }
        throw error;
      }
    });
  }
}

import { Process, Processor } from '@nestjs/bull';
import { Logger } from '@nestjs/common';
import type { Job } from 'bull';
import { ClsService } from 'nestjs-cls';
import type { JobDataOf } from '../../../../platform/queue/job-kind';
import { runWithCorrelationId } from '../../../../platform/tenancy/correlation';
import { QuickBooksImport } from '../../domain/quickbooks-import';
import { QuickBooksConnectionLostError } from '../../domain/quickbooks.errors';
import { QuickBooksCompanies } from '../../infrastructure/quickbooks-companies';
import { RunQuickBooksImportJob } from '../../infrastructure/quickbooks.jobs';
import { QuickBooksImportRunner } from './quickbooks-import.runner';
import { isLastAttempt } from '../../../../platform/queue/last-attempt';

/**
 * Runs (or, after a crash or a failed attempt, resumes) an import. It ends failed, with the reason,
 * when the connection is lost or its last attempt fails; it never loops.
 */
@Processor(RunQuickBooksImportJob.queue)
export class RunQuickBooksImportProcessor {
  private readonly logger = new Logger(RunQuickBooksImportProcessor.name);

  constructor(
    private readonly companies: QuickBooksCompanies,
    private readonly runner: QuickBooksImportRunner,
    private readonly cls: ClsService,
  ) {}

  @Process({ name: RunQuickBooksImportJob.name, concurrency: 1 })
  async run(job: Job<JobDataOf<typeof RunQuickBooksImportJob>>): Promise<void> {
    await runWithCorrelationId(this.cls, job.data.correlationId, async () => {
      const em = this.companies.em(job.data.accountId);
      const run = await em.findOne(QuickBooksImport, { id: job.data.importId });
      if (!run || run.status === 'completed' || run.status === 'failed') return;
      const found = await this.companies.connected(job.data.accountId, {});
      if (!found) {
        run.fail('QuickBooks is not connected');
        await em.flush();
        return;
      }
      try {
        await this.runner.run(em, run, found.company, found.connection);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const lastAttempt = isLastAttempt(job);
        if (!(error instanceof QuickBooksConnectionLostError) && !lastAttempt) throw error;
        this.logger.warn({ importId: run.id, reason }, 'QuickBooks import failed');
        await this.companies.recordFailure(found.company, `import ${run.kind}`, error);
        run.fail(reason);
        await em.flush();
      }
    });
  }
}

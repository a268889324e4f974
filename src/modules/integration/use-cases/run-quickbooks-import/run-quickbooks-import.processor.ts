import { Process, Processor } from '@nestjs/bull';
import { Logger } from '@nestjs/common';
import type { Job } from 'bull';
import { ClsService } from 'nestjs-cls';
import { AccountScope } from '../../../../platform/database/account-scope';
import { storableText } from '../../../../platform/database/storable-text';
import type { JobDataOf } from '../../../../platform/queue/job-kind';
import { isLastAttempt } from '../../../../platform/queue/last-attempt';
import { runWithCorrelationId } from '../../../../platform/tenancy/correlation';
import { QuickBooksImport } from '../../domain/quickbooks-import';
import { QuickBooksConnectionLostError } from '../../domain/quickbooks.errors';
import { loadImportProgress, saveImport } from '../../infrastructure/persistence/quickbooks-import-pages';
import { QuickBooksCompanies } from '../../infrastructure/quickbooks-companies';
import { RunQuickBooksImportJob } from '../../infrastructure/quickbooks.jobs';
import { QuickBooksImportRunner } from './quickbooks-import.runner';
import { safeMessageOf } from '../../../../platform/logging/error-redaction';

/**
 * Runs (or, after a crash or a failed attempt, resumes) an import. It ends failed, with the reason,
 * when the connection is lost or its last attempt fails; it never loops. A job of a run that a
 * resume has since replaced (see ResumeStalledQuickBooksImports) does nothing, so one job at a time
 * works on an import.
 */
@Processor(RunQuickBooksImportJob.queue)
export class RunQuickBooksImportProcessor {
  private readonly logger = new Logger(RunQuickBooksImportProcessor.name);

  constructor(
    private readonly scope: AccountScope,
    private readonly companies: QuickBooksCompanies,
    private readonly runner: QuickBooksImportRunner,
    private readonly cls: ClsService,
  ) {}

  @Process({ name: RunQuickBooksImportJob.name, concurrency: 1 })
  async run(job: Job<JobDataOf<typeof RunQuickBooksImportJob>>): Promise<void> {
    const { importId, accountId, resume = 0 } = job.data;
    await runWithCorrelationId(this.cls, job.data.correlationId, async () => {
      const run = await this.scope.read(accountId, async (em) => {
        const found = await em.findOne(QuickBooksImport, { id: importId });
        return found && (await loadImportProgress(em, found));
      });
      if (!run || run.isFinished() || run.resumes !== resume) return;
      const found = await this.companies.connected(accountId, {});
      if (!found) return this.fail(run, 'QuickBooks is not connected');
      try {
        await this.runner.run(run, found.company, found.connection);
      } catch (error) {
        const reason = safeMessageOf(error);
        if (!(error instanceof QuickBooksConnectionLostError) && !isLastAttempt(job)) throw error;
        this.logger.warn({ importId: run.id, reason }, 'QuickBooks import failed');
        await this.companies.recordFailure(found.company, `import ${run.kind}`, error);
        await this.fail(run, reason);
      }
    });
  }

  private async fail(run: QuickBooksImport, reason: string): Promise<void> {
    run.fail(storableText(reason));
    await this.scope.transaction(run.accountId, (em) => saveImport(em, run));
  }
}

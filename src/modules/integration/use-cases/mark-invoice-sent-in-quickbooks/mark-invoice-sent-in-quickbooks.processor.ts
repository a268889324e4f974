import { Process, Processor } from '@nestjs/bull';
import type { Job } from 'bull';
import { ClsService } from 'nestjs-cls';
import { AccountScope } from '../../../../platform/database/account-scope';
import { safeMessageOf } from '../../../../platform/logging/error-redaction';
import type { JobDataOf } from '../../../../platform/queue/job-kind';
import { isLastAttempt } from '../../../../platform/queue/last-attempt';
import { runWithCorrelationId } from '../../../../platform/tenancy/correlation';
import { QuickBooksSentMark, type SentMarkStatus } from '../../domain/quickbooks-sent-mark';
import { QuickBooksConnectionLostError, QuickBooksObjectNotFoundError } from '../../domain/quickbooks.errors';
import { QuickBooksCompanies } from '../../infrastructure/quickbooks-companies';
import { MarkInvoiceSentInQuickBooksJob } from '../../infrastructure/quickbooks.jobs';
import { QuickBooksSentMarkWriter } from './quickbooks-sent-mark.writer';

/** Writes one mark to QuickBooks and records what became of it on the mark. */
@Processor(MarkInvoiceSentInQuickBooksJob.queue)
export class MarkInvoiceSentInQuickBooksProcessor {
  constructor(
    private readonly scope: AccountScope,
    private readonly companies: QuickBooksCompanies,
    private readonly writer: QuickBooksSentMarkWriter,
    private readonly cls: ClsService,
  ) {}

  @Process({ name: MarkInvoiceSentInQuickBooksJob.name, concurrency: 2 })
  async run(job: Job<JobDataOf<typeof MarkInvoiceSentInQuickBooksJob>>): Promise<void> {
    const { markId, accountId } = job.data;
    await runWithCorrelationId(this.cls, job.data.correlationId, async () => {
      const mark = await this.scope.read(accountId, (em) => em.findOne(QuickBooksSentMark, { id: markId }));
      if (!mark || mark.isSettled()) return;
      const found = await this.companies.connected(accountId, { id: mark.connectionId });
      if (!found) return this.settle(mark, 'not_written', 'not written: the QuickBooks connection is not connected');
      try {
        await this.writer.write(found.company, mark);
      } catch (error) {
        if (error instanceof QuickBooksConnectionLostError)
          return this.settle(mark, 'not_written', 'not written: the QuickBooks connection needs reconnecting');
        if (error instanceof QuickBooksObjectNotFoundError)
          return this.settle(mark, 'not_written', 'not written: the invoice is no longer in QuickBooks');
        if (isLastAttempt(job)) {
          await this.settle(mark, 'failed', `failed: ${safeMessageOf(error)}`);
          await this.companies.recordFailure(found.company, `mark invoice ${mark.invoiceQuickBooksId} sent`, error);
        }
        throw error;
      }
    });
  }

  private settle(
    mark: QuickBooksSentMark,
    status: Exclude<SentMarkStatus, 'queued' | 'writing' | 'written'>,
    outcome: string,
  ) {
    return this.scope.transaction(mark.accountId, async (em) => {
      const stored = await em.findOne(QuickBooksSentMark, { id: mark.id });
      stored?.settle(status, outcome, new Date());
    });
  }
}

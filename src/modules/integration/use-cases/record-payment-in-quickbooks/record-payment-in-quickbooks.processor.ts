import { LockMode } from '@mikro-orm/postgresql';
import { Process, Processor } from '@nestjs/bull';
import type { Job } from 'bull';
import { ClsService } from 'nestjs-cls';
import { AccountScope } from '../../../../platform/database/account-scope';
import { safeMessageOf } from '../../../../platform/logging/error-redaction';
import { Outbox } from '../../../../platform/outbox/outbox';
import type { JobDataOf } from '../../../../platform/queue/job-kind';
import { isLastAttempt } from '../../../../platform/queue/last-attempt';
import { runWithCorrelationId } from '../../../../platform/tenancy/correlation';
import { QuickBooksPaymentWrite } from '../../domain/quickbooks-payment-write';
import {
  QuickBooksConnectionLostError,
  QuickBooksFaultError,
  QuickBooksPaymentRefusedError,
  QuickBooksStaleObjectError,
} from '../../domain/quickbooks.errors';
import { QuickBooksCompanies } from '../../infrastructure/quickbooks-companies';
import { RecordPaymentInQuickBooksJob } from '../../infrastructure/quickbooks.jobs';
import { QuickBooksPaymentWriter, type WrittenPayment } from './quickbooks-payment.writer';

const NOT_CONNECTED = 'QuickBooks is not connected: reconnect QuickBooks, then retry';

/**
 * Writes one payment to QuickBooks. The Payment's Id and SyncToken are saved in the transaction
 * that marks the write done and records QuickBooksPaymentRecorded, before QuickBooks' notice of
 * it can be processed. A failure that will not pass by waiting (the connection lost, a
 * ValidationFault such as a closed period) fails the write at once with QuickBooks' reason and
 * QuickBooksPaymentFailed; anything else (429, 5xx, the network) is retried with backoff, and
 * fails the write that way only on the job's last attempt.
 */
@Processor(RecordPaymentInQuickBooksJob.queue)
export class RecordPaymentInQuickBooksProcessor {
  constructor(
    private readonly scope: AccountScope,
    private readonly outbox: Outbox,
    private readonly companies: QuickBooksCompanies,
    private readonly writer: QuickBooksPaymentWriter,
    private readonly cls: ClsService,
  ) {}

  @Process({ name: RecordPaymentInQuickBooksJob.name, concurrency: 4 })
  async run(job: Job<JobDataOf<typeof RecordPaymentInQuickBooksJob>>): Promise<void> {
    const { writeId, accountId } = job.data;
    await runWithCorrelationId(this.cls, job.data.correlationId, async () => {
      const write = await this.change(accountId, writeId, (w) => w.tried());
      if (!write) return;
      const found =
        write.connectionId === null ? null : await this.companies.connected(accountId, { id: write.connectionId });
      if (!found || found.company.realmId !== write.realmId) return this.settle(write, { failed: NOT_CONNECTED });
      try {
        const payment = await this.writer.write(found.company, found.connection, write);
        await this.settle(write, { written: payment });
      } catch (error) {
        if (isPermanent(error)) return this.settle(write, { failed: reasonOf(error) });
        if (isLastAttempt(job)) {
          await this.settle(write, { failed: reasonOf(error) });
          await this.companies.recordFailure(found.company, `record payment ${write.paymentId}`, error);
          return;
        }
        throw error;
      }
    });
  }

  private settle(write: QuickBooksPaymentWrite, outcome: { written: WrittenPayment } | { failed: string }) {
    return this.change(write.accountId, write.id, (w) =>
      'written' in outcome ? w.written(outcome.written.id, outcome.written.syncToken) : w.fail(outcome.failed),
    );
  }

  /** Changes a pending write in a transaction of its own, with the events it raised; null when not pending. */
  private change(accountId: string, writeId: string, change: (write: QuickBooksPaymentWrite) => void) {
    return this.scope.transaction(accountId, async (em) => {
      const write = await em.findOne(QuickBooksPaymentWrite, { id: writeId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!write?.isPending()) return null;
      change(write);
      this.outbox.record(em, ...write.pullEvents());
      return write;
    });
  }
}

/** QuickBooks answers a closed period with 5010, its stale-object code ("Account Period Closed"). */
const CLOSED_PERIOD = /period (has )?closed/i;

/**
 * Waiting will not help: the connection is lost, or QuickBooks refused the payment as it is (a
 * ValidationFault, a closed period). A stale object (a PaymentMethod changed meanwhile) and a 401
 * that survived a token refresh are worth another try.
 */
function isPermanent(error: unknown): boolean {
  if (error instanceof QuickBooksConnectionLostError || error instanceof QuickBooksPaymentRefusedError) return true;
  if (!(error instanceof QuickBooksFaultError)) return false;
  if (error instanceof QuickBooksStaleObjectError) return CLOSED_PERIOD.test(error.detail);
  return !error.transient && error.status !== 401;
}

/** QuickBooks' own words where it gave some, fit to show a person. */
function reasonOf(error: unknown): string {
  if (error instanceof QuickBooksConnectionLostError) return NOT_CONNECTED;
  if (error instanceof QuickBooksFaultError) {
    const code = error.code ? ` ${error.code}` : '';
    return safeMessageOf(new Error(`QuickBooks ${error.faultType}${code}: ${error.detail}`));
  }
  return safeMessageOf(error);
}

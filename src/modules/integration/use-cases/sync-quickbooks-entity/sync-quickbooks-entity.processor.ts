import { Process, Processor } from '@nestjs/bull';
import type { Job } from 'bull';
import { ClsService } from 'nestjs-cls';
import { AccountScope } from '../../../../platform/database/account-scope';
import { storableText } from '../../../../platform/database/storable-text';
import type { JobDataOf } from '../../../../platform/queue/job-kind';
import { isLastAttempt } from '../../../../platform/queue/last-attempt';
import { runWithCorrelationId } from '../../../../platform/tenancy/correlation';
import { isSyncedEntity, type QuickBooksChange } from '../../domain/quickbooks-change';
import { QuickBooksChangeNoticeRecord } from '../../domain/quickbooks-change-notice.record';
import type { QuickBooksCompanyRef } from '../../domain/quickbooks-company.ref';
import { QuickBooksConnection } from '../../domain/quickbooks-connection';
import { QuickBooksConnectionLostError, QuickBooksObjectNotFoundError } from '../../domain/quickbooks.errors';
import { QuickBooksApiClient } from '../../infrastructure/quickbooks-api/quickbooks-api.client';
import { QuickBooksCompanies } from '../../infrastructure/quickbooks-companies';
import { SyncQuickBooksEntityJob } from '../../infrastructure/quickbooks.jobs';
import { OWN_PAYMENT_REASON, QuickBooksChangeApplier } from '../apply-quickbooks-change/quickbooks-change.applier';
import { OwnPaymentWrites } from '../apply-quickbooks-change/own-payment-writes';
import { safeMessageOf } from '../../../../platform/logging/error-redaction';

/**
 * Syncs one entity a webhook said changed. A deletion is applied as a deletion, never fetched; any
 * other change fetches the entity as QuickBooks has it now, so duplicated or reordered notices
 * converge on the same state (Contacts and Invoicing ignore data older than what they hold).
 */
@Processor(SyncQuickBooksEntityJob.queue)
export class SyncQuickBooksEntityProcessor {
  constructor(
    private readonly scope: AccountScope,
    private readonly companies: QuickBooksCompanies,
    private readonly client: QuickBooksApiClient,
    private readonly applier: QuickBooksChangeApplier,
    private readonly ownPayments: OwnPaymentWrites,
    private readonly cls: ClsService,
  ) {}

  @Process({ name: SyncQuickBooksEntityJob.name, concurrency: 4 })
  async sync(job: Job<JobDataOf<typeof SyncQuickBooksEntityJob>>): Promise<void> {
    const { noticeKey, accountId } = job.data;
    await runWithCorrelationId(this.cls, job.data.correlationId, async () => {
      const notice = await this.scope.read(accountId, (em) =>
        em.findOne(QuickBooksChangeNoticeRecord, { eventKey: noticeKey, accountId }),
      );
      if (!notice || notice.processedAt) return;
      const lastAttempt = isLastAttempt(job);
      try {
        const { outcome, synced } = await this.outcomeOf(notice, accountId, lastAttempt);
        await this.record(notice, outcome, synced);
      } catch (error) {
        if (lastAttempt) await this.record(notice, `failed: ${safeMessageOf(error)}`);
        throw error;
      }
    });
  }

  /** Records what became of the notice, and that the company synced when it did. */
  private record(notice: QuickBooksChangeNoticeRecord, outcome: string, synced?: QuickBooksCompanyRef) {
    const accountId = notice.accountId as string;
    return this.scope.transaction(accountId, async (em) => {
      await em.nativeUpdate(
        QuickBooksChangeNoticeRecord,
        { eventKey: notice.eventKey, accountId },
        { outcome: storableText(outcome), processedAt: new Date() },
      );
      if (!synced) return;
      const connection = await em.findOne(QuickBooksConnection, { id: synced.connectionId });
      connection?.synced(new Date());
    });
  }

  private async outcomeOf(
    notice: QuickBooksChangeNoticeRecord,
    accountId: string,
    lastAttempt: boolean,
  ): Promise<{ outcome: string; synced?: QuickBooksCompanyRef }> {
    const found = await this.companies.connected(accountId, { realmId: notice.realmId });
    if (!found) return { outcome: 'not synced: the connection is not connected' };
    if (!isSyncedEntity(notice.entity)) return { outcome: `not synced: Settle does not use ${notice.entity}` };
    const { company, connection } = found;
    if (await this.isOwnNewPayment(notice, company))
      return { outcome: `payment ${notice.entityId}: ${OWN_PAYMENT_REASON}`, synced: company };
    try {
      const change = await this.changeOf(notice, company);
      return { outcome: await this.applier.apply(change, connection.homeCurrency), synced: company };
    } catch (error) {
      if (error instanceof QuickBooksConnectionLostError)
        return { outcome: 'not synced: the connection needs reconnecting' };
      if (lastAttempt) await this.companies.recordFailure(company, `sync ${notice.entity} ${notice.entityId}`, error);
      throw error;
    }
  }

  /**
   * The Payment Settle has just written, reported back as created: known by its Id, it is not read
   * again (a QuickBooks request of every payment's budget). A later update of it is read as usual.
   */
  private async isOwnNewPayment(notice: QuickBooksChangeNoticeRecord, company: QuickBooksCompanyRef) {
    return (
      notice.entity === 'Payment' && notice.operation === 'created' && this.ownPayments.wasOwn(company, notice.entityId)
    );
  }

  private async changeOf(
    notice: QuickBooksChangeNoticeRecord,
    company: QuickBooksCompanyRef,
  ): Promise<QuickBooksChange> {
    const entity = notice.entity as QuickBooksChange['entity'];
    const deletedAt = (notice.occurredAt ?? notice.receivedAt).toISOString();
    if (notice.operation === 'deleted')
      return { kind: 'deleted', company, entity, entityId: notice.entityId, deletedAt };
    try {
      const data = await this.client.read(company, entity, notice.entityId);
      return { kind: 'present', company, entity, data };
    } catch (error) {
      if (error instanceof QuickBooksObjectNotFoundError) {
        return { kind: 'deleted', company, entity, entityId: notice.entityId, deletedAt };
      }
      throw error;
    }
  }
}

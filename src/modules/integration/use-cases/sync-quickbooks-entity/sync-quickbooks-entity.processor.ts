import { Process, Processor } from '@nestjs/bull';
import { MikroORM } from '@mikro-orm/postgresql';
import type { Job } from 'bull';
import { ClsService } from 'nestjs-cls';
import type { JobDataOf } from '../../../../platform/queue/job-kind';
import { runWithCorrelationId } from '../../../../platform/tenancy/correlation';
import { isSyncedEntity, type QuickBooksChange } from '../../domain/quickbooks-change';
import { QuickBooksChangeNoticeRecord } from '../../domain/quickbooks-change-notice.record';
import { QuickBooksConnectionLostError, QuickBooksObjectNotFoundError } from '../../domain/quickbooks.errors';
import { QuickBooksApiClient } from '../../infrastructure/quickbooks-api/quickbooks-api.client';
import { QuickBooksChangeApplier } from '../../infrastructure/quickbooks-change.applier';
import { SyncQuickBooksEntityJob } from '../../infrastructure/quickbooks.jobs';
import { QuickBooksCompanies } from '../../infrastructure/quickbooks-companies';
import { isLastAttempt } from '../../../../platform/queue/last-attempt';

/**
 * Syncs one entity a webhook said changed. A deletion is applied as a deletion, never fetched; any
 * other change fetches the entity as QuickBooks has it now, so duplicated or reordered notices
 * converge on the same state (Contacts and Invoicing ignore data older than what they hold).
 */
@Processor(SyncQuickBooksEntityJob.queue)
export class SyncQuickBooksEntityProcessor {
  constructor(
    private readonly orm: MikroORM,
    private readonly companies: QuickBooksCompanies,
    private readonly client: QuickBooksApiClient,
    private readonly applier: QuickBooksChangeApplier,
    private readonly cls: ClsService,
  ) {}

  @Process({ name: SyncQuickBooksEntityJob.name, concurrency: 4 })
  async sync(job: Job<JobDataOf<typeof SyncQuickBooksEntityJob>>): Promise<void> {
    await runWithCorrelationId(this.cls, job.data.correlationId, async () => {
      const em = this.orm.em.fork();
      const notice = await em.findOne(QuickBooksChangeNoticeRecord, { eventKey: job.data.noticeKey });
      if (!notice || notice.processedAt || !notice.accountId) return;
      const outcome = await this.outcomeOf(notice, isLastAttempt(job));
      notice.outcome = outcome;
      notice.processedAt = new Date();
      await em.flush();
    });
  }

  private async outcomeOf(notice: QuickBooksChangeNoticeRecord, lastAttempt: boolean): Promise<string> {
    const accountId = notice.accountId as string;
    const found = await this.companies.connected(accountId, { realmId: notice.realmId });
    if (!found) return 'not synced: the connection is not connected';
    if (!isSyncedEntity(notice.entity)) return `not synced: Settle does not use ${notice.entity}`;
    const { company, connection, em } = found;
    try {
      const change = await this.changeOf(notice, company);
      const outcome = await this.applier.apply(change, connection.homeCurrency);
      connection.synced(new Date());
      await em.flush();
      return outcome;
    } catch (error) {
      if (error instanceof QuickBooksConnectionLostError) return 'not synced: the connection needs reconnecting';
      if (lastAttempt) await this.companies.recordFailure(company, `sync ${notice.entity} ${notice.entityId}`, error);
      throw error;
    }
  }

  private async changeOf(
    notice: QuickBooksChangeNoticeRecord,
    company: { connectionId: string; accountId: string; realmId: string },
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

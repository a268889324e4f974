import { InjectQueue } from '@nestjs/bull';
import { MikroORM } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bull';
import {
  HandlesWebhook,
  type WebhookHandler,
  type WebhookOutcome,
} from '../../../platform/inbox/handles-webhook.decorator';
import type { InboxMessage } from '../../../platform/inbox/inbox-message';
import { QUEUES, type JobPayloads } from '../../../platform/queue/queues';
import { QuickBooksConnection } from '../domain/quickbooks-connection';
import { parseQuickBooksWebhook, type QuickBooksChangeNotice } from './webhooks';

export const QUICKBOOKS_WEBHOOK_PROVIDER = 'quickbooks';

/**
 * Routes a stored delivery: each change notice is recorded once by its event key (a retried event
 * in another delivery is a no-op) under the account that owns its realm, and queued for syncing.
 * Notices for realms no account has connected are recorded and ignored.
 */
@Injectable()
@HandlesWebhook(QUICKBOOKS_WEBHOOK_PROVIDER)
export class QuickBooksWebhookHandler implements WebhookHandler {
  private readonly logger = new Logger(QuickBooksWebhookHandler.name);

  constructor(
    private readonly orm: MikroORM,
    @InjectQueue(QUEUES.quickbooks.name) private readonly queue: Queue<JobPayloads['sync-quickbooks-entity']>,
  ) {}

  async process(message: InboxMessage): Promise<WebhookOutcome> {
    const { notices, rejected } = parseQuickBooksWebhook(message.rawBody);
    if (rejected.length > 0) this.logger.warn({ inboxId: message.id, rejected }, 'QuickBooks webhook entries skipped');
    const accounts = await this.accountsByRealm(notices);
    const fresh = await this.recordNew(notices, accounts);
    const routed = fresh.filter((notice) => accounts.has(notice.realmId));
    await this.queue.addBulk(
      routed.map((notice) => ({
        name: QUEUES.quickbooks.jobs.syncEntity,
        data: { noticeKey: notice.eventKey },
        opts: { jobId: `sync:${notice.eventKey}` },
      })),
    );
    await this.markTouched(accounts, message.receivedAt);
    return notices.some((notice) => accounts.has(notice.realmId)) ? 'processed' : 'ignored';
  }

  private async accountsByRealm(notices: QuickBooksChangeNotice[]): Promise<Map<string, string>> {
    const realms = [...new Set(notices.map((notice) => notice.realmId))];
    if (realms.length === 0) return new Map();
    const connections = await this.orm.em
      .fork()
      .find(QuickBooksConnection, { realmId: { $in: realms }, status: { $ne: 'disconnected' } }, { filters: false });
    return new Map(connections.map((connection) => [connection.realmId, connection.accountId]));
  }

  /** Inserts the notices not seen before and returns them. */
  private async recordNew(notices: QuickBooksChangeNotice[], accounts: Map<string, string>) {
    if (notices.length === 0) return [];
    const rows = notices.map((notice) => [
      notice.eventKey,
      accounts.get(notice.realmId) ?? null,
      notice.realmId,
      notice.entity,
      notice.entityId,
      notice.operation,
      notice.occurredAt,
      accounts.has(notice.realmId) ? null : 'ignored: no account has connected this company',
    ]);
    const inserted = await this.orm.em.getConnection().execute<{ event_key: string }[]>(
      `insert into integration_quickbooks_change_notices
         (event_key, account_id, realm_id, entity, entity_id, operation, occurred_at, outcome, received_at)
       select * , now() from (values ${rows.map(() => '(?, ?::uuid, ?, ?, ?, ?, ?::timestamptz, ?)').join(', ')}) as v
       on conflict (event_key) do nothing returning event_key`,
      rows.flat(),
    );
    const keys = new Set(inserted.map((row) => row.event_key));
    return notices.filter((notice) => keys.has(notice.eventKey));
  }

  private async markTouched(accounts: Map<string, string>, receivedAt: Date): Promise<void> {
    if (accounts.size === 0) return;
    await this.orm.em
      .fork()
      .nativeUpdate(
        QuickBooksConnection,
        { realmId: { $in: [...accounts.keys()] }, status: { $ne: 'disconnected' } },
        { lastWebhookAt: receivedAt },
        { filters: false },
      );
  }
}

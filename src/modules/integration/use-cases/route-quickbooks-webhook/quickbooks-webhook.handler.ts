import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { AccountScope } from '../../../../platform/database/account-scope';
import {
  HandlesWebhook,
  type WebhookHandler,
  type WebhookOutcome,
} from '../../../../platform/inbox/handles-webhook.decorator';
import type { InboxMessage } from '../../../../platform/inbox/inbox-message';
import { Outbox } from '../../../../platform/outbox/outbox';
import { QuickBooksConnection } from '../../domain/quickbooks-connection';
import { SyncQuickBooksEntityJob } from '../../infrastructure/quickbooks.jobs';
import { parseQuickBooksWebhook, type QuickBooksChangeNotice } from '../../infrastructure/webhooks';

export const QUICKBOOKS_WEBHOOK_PROVIDER = 'quickbooks';

/**
 * Routes a stored delivery: each change notice is recorded once by its event key (a retried event
 * in another delivery is a no-op) under the account that owns its realm, together with the job that
 * syncs it, in one transaction. Notices for realms no account has connected are recorded and ignored.
 */
@Injectable()
@HandlesWebhook(QUICKBOOKS_WEBHOOK_PROVIDER)
export class QuickBooksWebhookHandler implements WebhookHandler {
  private readonly logger = new Logger(QuickBooksWebhookHandler.name);

  constructor(
    private readonly scope: AccountScope,
    private readonly outbox: Outbox,
  ) {}

  async process(message: InboxMessage): Promise<WebhookOutcome> {
    const { notices, rejected } = parseQuickBooksWebhook(message.rawBody);
    if (rejected.length > 0) this.logger.warn({ inboxId: message.id, rejected }, 'QuickBooks webhook entries skipped');
    return this.scope.acrossAccounts((em) =>
      em.transactional(async (tx) => {
        const accounts = await this.accountsByRealm(tx, notices);
        const fresh = await this.recordNew(tx, notices, accounts);
        this.outbox.schedule(
          tx,
          ...fresh
            .filter((notice) => accounts.has(notice.realmId))
            .map((notice) => {
              const accountId = accounts.get(notice.realmId) as string;
              return {
                kind: SyncQuickBooksEntityJob,
                payload: { noticeKey: notice.eventKey, accountId },
                jobId: `sync:${notice.eventKey}`,
                accountId,
              };
            }),
        );
        await this.markTouched(tx, accounts, message.receivedAt);
        return notices.some((notice) => accounts.has(notice.realmId)) ? 'processed' : 'ignored';
      }),
    );
  }

  private async accountsByRealm(em: EntityManager, notices: QuickBooksChangeNotice[]): Promise<Map<string, string>> {
    const realms = [...new Set(notices.map((notice) => notice.realmId))];
    if (realms.length === 0) return new Map();
    const connections = await em.find(
      QuickBooksConnection,
      { realmId: { $in: realms }, status: { $ne: 'disconnected' } },
      { filters: false },
    );
    return new Map(connections.map((connection) => [connection.realmId, connection.accountId]));
  }

  /** Inserts the notices not seen before and returns them. */
  private async recordNew(em: EntityManager, notices: QuickBooksChangeNotice[], accounts: Map<string, string>) {
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
    const inserted = await em.getConnection().execute<{ event_key: string }[]>(
      `insert into integration_quickbooks_change_notices
         (event_key, account_id, realm_id, entity, entity_id, operation, occurred_at, outcome, received_at)
       select * , now() from (values ${rows.map(() => '(?, ?::uuid, ?, ?, ?, ?, ?::timestamptz, ?)').join(', ')}) as v
       on conflict (event_key) do nothing returning event_key`,
      rows.flat(),
      'all',
      em.getTransactionContext(),
    );
    const keys = new Set(inserted.map((row) => row.event_key));
    return notices.filter((notice) => keys.has(notice.eventKey));
  }

  private async markTouched(em: EntityManager, accounts: Map<string, string>, receivedAt: Date): Promise<void> {
    if (accounts.size === 0) return;
    await em.nativeUpdate(
      QuickBooksConnection,
      { realmId: { $in: [...accounts.keys()] }, status: { $ne: 'disconnected' } },
      { lastWebhookAt: receivedAt },
      { filters: false },
    );
  }
}

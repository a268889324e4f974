import { Injectable } from '@nestjs/common';
import { newId } from '../../../libs/ids';
import { AccountScope } from '../database/account-scope';
import { Outbox } from '../outbox/outbox';
import { ProcessWebhookJob } from './inbox.jobs';

export interface IncomingWebhook {
  provider: string;
  dedupeKey: string;
  headers: Record<string, string>;
  rawBody: string;
}

export interface StoredWebhook {
  id: string;
  duplicate: boolean;
}

/**
 * Stores a verified webhook once per (provider, dedupe key), with the job that will process it, in
 * one transaction: the answer waits for PostgreSQL only, never for the queue, and the outbox relay
 * queues the job once the row is committed.
 */
@Injectable()
export class Inbox {
  constructor(
    private readonly scope: AccountScope,
    private readonly outbox: Outbox,
  ) {}

  store(webhook: IncomingWebhook): Promise<StoredWebhook> {
    return this.scope.acrossAccounts((em) =>
      em.transactional(async (tx) => {
        const inserted = await tx.getConnection().execute<{ id: string }[]>(
          `insert into platform_inbox (id, provider, dedupe_key, headers, raw_body, received_at, status, attempts)
           values (?, ?, ?, ?, ?, now(), 'received', 0)
           on conflict (provider, dedupe_key) do nothing returning id`,
          [newId(), webhook.provider, webhook.dedupeKey, JSON.stringify(webhook.headers), webhook.rawBody],
          'all',
          tx.getTransactionContext(),
        );
        if (inserted.length === 0) return { id: '', duplicate: true };
        const { id } = inserted[0];
        this.outbox.schedule(tx, { kind: ProcessWebhookJob, payload: { inboxId: id }, jobId: id });
        return { id, duplicate: false };
      }),
    );
  }
}

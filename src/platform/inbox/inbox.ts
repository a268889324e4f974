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
 * Stores a verified webhook once per (provider, dedupe key) with the outbox row of the job that
 * will process it. One statement does both, so they commit together in a single round trip: the
 * acknowledgement waits for PostgreSQL once, never for the queue, and a transaction of its own
 * (BEGIN, two INSERTs, COMMIT) would wait four times. A duplicate inserts neither.
 */
@Injectable()
export class Inbox {
  constructor(
    private readonly scope: AccountScope,
    private readonly outbox: Outbox,
  ) {}

  store(webhook: IncomingWebhook): Promise<StoredWebhook> {
    const id = newId();
    const scheduled = this.outbox.scheduleFrom('stored', {
      kind: ProcessWebhookJob,
      payload: { inboxId: id },
      jobId: id,
    });
    return this.scope.acrossAccounts(async (em) => {
      const stored = await em.getConnection().execute<{ id: string }[]>(
        `with stored as (
           insert into platform_inbox (id, provider, dedupe_key, headers, raw_body, received_at, status, attempts)
           values (?, ?, ?, ?, ?, now(), 'received', 0)
           on conflict (provider, dedupe_key) do nothing returning id
         ), scheduled as (${scheduled.sql})
         select id from stored`,
        [
          id,
          webhook.provider,
          webhook.dedupeKey,
          JSON.stringify(webhook.headers),
          webhook.rawBody,
          ...scheduled.params,
        ],
        'all',
        em.getTransactionContext(),
      );
      return stored.length === 0 ? { id: '', duplicate: true } : { id, duplicate: false };
    });
  }
}

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
  /**
   * Known on receipt to need no processing (an event of a kind no handler acts on): it is stored
   * as ignored, for the record, and no job is scheduled for it.
   */
  ignore?: boolean;
}

export interface StoredWebhook {
  id: string;
  duplicate: boolean;
}

/**
 * Stores a verified webhook once per (provider, dedupe key) with the outbox row of the job that
 * will process it. One statement does both, so they commit together in a single round trip: the
 * acknowledgement waits for PostgreSQL once, never for the queue, and a transaction of its own
 * (BEGIN, two INSERTs, COMMIT) would wait four times. A duplicate inserts neither, and one known to
 * need no processing is stored without a job.
 */
@Injectable()
export class Inbox {
  constructor(
    private readonly scope: AccountScope,
    private readonly outbox: Outbox,
  ) {}

  async store(webhook: IncomingWebhook): Promise<StoredWebhook> {
    const id = newId();
    const values = [id, webhook.provider, webhook.dedupeKey, JSON.stringify(webhook.headers), webhook.rawBody];
    const stored = webhook.ignore
      ? await this.execute(`${INSERT} values (?, ?, ?, ?, ?, now(), 'ignored', 0, now()) ${ONCE} returning id`, values)
      : await this.executeWithJob(id, values);
    return stored.length === 0 ? { id: '', duplicate: true } : { id, duplicate: false };
  }

  private executeWithJob(id: string, values: unknown[]): Promise<{ id: string }[]> {
    const scheduled = this.outbox.scheduleFrom('stored', {
      kind: ProcessWebhookJob,
      payload: { inboxId: id },
      jobId: id,
    });
    return this.execute(
      `with stored as (
         ${INSERT} values (?, ?, ?, ?, ?, now(), 'received', 0, null) ${ONCE} returning id
       ), scheduled as (${scheduled.sql})
       select id from stored`,
      [...values, ...scheduled.params],
    );
  }

  private execute(sql: string, params: unknown[]): Promise<{ id: string }[]> {
    return this.scope.acrossAccounts((em) =>
      em.getConnection().execute<{ id: string }[]>(sql, params, 'all', em.getTransactionContext()),
    );
  }
}

const INSERT =
  'insert into platform_inbox (id, provider, dedupe_key, headers, raw_body, received_at, status, attempts, processed_at)';
const ONCE = 'on conflict (provider, dedupe_key) do nothing';

import { InjectQueue } from '@nestjs/bull';
import { MikroORM } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bull';
import { ClsService } from 'nestjs-cls';
import { newId } from '../../../libs/ids';
import { QUEUES, type JobPayloads } from '../queue/queues';

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
 * Stores a verified webhook once per (provider, dedupe key) and queues its processing. The row is
 * the promise: if the queue is down, the inbox sweep queues it later.
 */
@Injectable()
export class Inbox {
  private readonly logger = new Logger(Inbox.name);

  constructor(
    private readonly orm: MikroORM,
    private readonly cls: ClsService,
    @InjectQueue(QUEUES.inbox.name) private readonly queue: Queue<JobPayloads['process-webhook']>,
  ) {}

  async store(webhook: IncomingWebhook): Promise<StoredWebhook> {
    const inserted = await this.orm.em.getConnection().execute<{ id: string }[]>(
      `insert into platform_inbox (id, provider, dedupe_key, headers, raw_body, received_at, status, attempts)
       values (?, ?, ?, ?, ?, now(), 'received', 0)
       on conflict (provider, dedupe_key) do nothing returning id`,
      [newId(), webhook.provider, webhook.dedupeKey, JSON.stringify(webhook.headers), webhook.rawBody],
    );
    if (inserted.length === 0) return { id: '', duplicate: true };
    const id = inserted[0].id;
    await this.enqueue(id).catch((error: unknown) =>
      this.logger.warn({ err: error, inboxId: id }, 'Webhook stored but not queued; the sweep will queue it'),
    );
    return { id, duplicate: false };
  }

  enqueue(inboxId: string): Promise<unknown> {
    const correlationId = this.cls.isActive() ? this.cls.getId() : undefined;
    return this.queue.add(QUEUES.inbox.jobs.process, { inboxId, correlationId }, { jobId: inboxId });
  }
}

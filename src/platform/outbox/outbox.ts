import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { newId } from '../../../libs/ids';
import type { JobRequest } from '../queue/job-kind';
import type { DomainEvent } from './domain-event';
import { OutboxMessage } from './outbox-message';

/**
 * The one way to start durable work after a commit. A use case records its events and the jobs
 * its change calls for into the same EntityManager, so they are stored by the same flush and
 * transaction as the change, or not at all; the relay queues them once committed. Nothing is lost
 * between the commit and the queue, and a queue that refuses only delays the work.
 */
@Injectable()
export class Outbox {
  constructor(private readonly cls: ClsService) {}

  record(em: EntityManager, ...events: DomainEvent[]): void {
    for (const event of events) em.persist(OutboxMessage.ofEvent(event, this.correlationId()));
  }

  schedule<P extends object>(em: EntityManager, ...jobs: JobRequest<P>[]): void {
    for (const job of jobs) em.persist(this.messageOf(job));
  }

  /**
   * Schedules a job once for each row `source` yields, as SQL for a writer that stores its own row in
   * the same statement (see Inbox): `insert into platform_outbox … select … from <source>`.
   */
  scheduleFrom<P extends object>(source: string, job: JobRequest<P>): { sql: string; params: unknown[] } {
    const message = this.messageOf(job);
    return {
      sql: `insert into platform_outbox (id, event_name, queue, job_name, job_id, account_id, payload, correlation_id, occurred_at)
            select ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ? from ${source}`,
      params: [
        message.id,
        message.eventName,
        message.queue,
        message.jobName,
        message.jobId,
        message.accountId,
        JSON.stringify(message.payload),
        message.correlationId,
        message.occurredAt,
      ],
    };
  }

  private messageOf<P extends object>(job: JobRequest<P>): OutboxMessage {
    return OutboxMessage.ofJob(job, newId(), this.correlationId());
  }

  private correlationId(): string | undefined {
    return this.cls.isActive() ? this.cls.getId() : undefined;
  }
}

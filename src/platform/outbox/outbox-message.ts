import type { JobRequest } from '../queue/job-kind';
import type { DomainEvent } from './domain-event';
import { DispatchEventJob } from './outbox.jobs';

/**
 * Work that a commit started: a job to queue once the transaction that recorded it commits. An
 * event is one such job (dispatch it to its consumers, job id = event id), with the event itself as
 * its payload. The relay moves unpublished rows onto their queues.
 */
export class OutboxMessage {
  id!: string;
  /** Set for events: the versioned name their consumers are found by. */
  eventName!: string | null;
  queue!: string;
  jobName!: string;
  jobId!: string;
  accountId!: string | null;
  payload!: Record<string, unknown>;
  correlationId!: string | null;
  occurredAt!: Date;
  publishedAt: Date | null = null;
  /** When its job completed or failed for good; a queued row that never settles is queued again. */
  settledAt: Date | null = null;

  static ofEvent(event: DomainEvent, correlationId: string | undefined): OutboxMessage {
    const message = OutboxMessage.base(event.eventId, event.accountId, correlationId);
    message.eventName = event.eventName;
    message.queue = DispatchEventJob.queue;
    message.jobName = DispatchEventJob.name;
    message.jobId = event.eventId;
    message.payload = JSON.parse(JSON.stringify(event)) as Record<string, unknown>;
    message.occurredAt = new Date(event.occurredAt);
    return message;
  }

  static ofJob<P extends object>(job: JobRequest<P>, id: string, correlationId: string | undefined): OutboxMessage {
    const message = OutboxMessage.base(id, job.accountId ?? null, correlationId);
    message.eventName = null;
    message.queue = job.kind.queue;
    message.jobName = job.kind.name;
    message.jobId = job.jobId;
    message.payload = { ...job.payload } as Record<string, unknown>;
    message.occurredAt = new Date();
    return message;
  }

  private static base(id: string, accountId: string | null, correlationId: string | undefined): OutboxMessage {
    const message = new OutboxMessage();
    message.id = id;
    message.accountId = accountId;
    message.correlationId = correlationId ?? null;
    return message;
  }
}

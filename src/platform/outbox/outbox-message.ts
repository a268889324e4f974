import type { DomainEvent } from './domain-event';

/** An event waiting in (or relayed from) the outbox table. */
export class OutboxMessage {
  id!: string;
  eventName!: string;
  accountId!: string | null;
  payload!: Record<string, unknown>;
  correlationId!: string | null;
  occurredAt!: Date;
  publishedAt: Date | null = null;

  static of(event: DomainEvent, correlationId: string | undefined): OutboxMessage {
    const message = new OutboxMessage();
    message.id = event.eventId;
    message.eventName = event.eventName;
    message.accountId = event.accountId;
    message.payload = JSON.parse(JSON.stringify(event)) as Record<string, unknown>;
    message.correlationId = correlationId ?? null;
    message.occurredAt = new Date(event.occurredAt);
    return message;
  }
}

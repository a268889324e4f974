import { SetMetadata } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { DomainEvent, EventClass } from './domain-event';

export const HANDLES_EVENT = Symbol('settle:handles-event');

/**
 * A durable reaction to an event relayed from the outbox. It runs in a job, in a transaction on
 * `em` that also records that this consumer handled the event: a redelivery is a no-op.
 * Side effects outside the database must be jobs with deterministic ids.
 */
export interface DurableEventHandler<E extends DomainEvent> {
  handle(event: E, em: EntityManager): Promise<void>;
}

export const HandlesEvent = (event: EventClass) => SetMetadata(HANDLES_EVENT, event);

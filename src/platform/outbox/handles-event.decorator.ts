import { SetMetadata } from '@nestjs/common';
import type { DomainEvent, EventClass } from './domain-event';

export const HANDLES_EVENT = Symbol('settle:handles-event');

/**
 * A reaction to an event relayed from the outbox: a saga or consumer that dispatches commands. It
 * runs in a job, inside one transaction that first claims (consumer, event id); every command it
 * dispatches joins that transaction (AccountScope). So its effects commit together with the claim,
 * or not at all: a redelivered event is a no-op, a failure after the first command leaves nothing
 * behind and the retry does it all once, and two workers never run it twice. Work outside the
 * database (a provider call, a text) is a job its commands schedule through the outbox.
 */
export interface EventConsumer<E extends DomainEvent> {
  handle(event: E): Promise<void>;
}

export const HandlesEvent = (event: EventClass) => SetMetadata(HANDLES_EVENT, event);

import { newId } from '../../../libs/ids';

/**
 * A fact that other parts of Settle may react to. Subclasses hold plain JSON-safe data (money as
 * minor-unit strings), because events travel through the outbox table, and declare a stable,
 * versioned `static eventName`: it is what the outbox stores, so renaming a class strands nothing.
 */
export abstract class DomainEvent {
  readonly eventId: string = newId();
  readonly occurredAt: string = new Date().toISOString();

  protected constructor(readonly accountId: string | null) {}

  get eventName(): string {
    return (this.constructor as unknown as EventClass).eventName;
  }
}

export interface EventClass<E extends DomainEvent = DomainEvent> {
  readonly eventName: string;
  readonly prototype: E;
}

/** Rebuilds an event from the JSON the outbox stored. */
export function reviveEvent<E extends DomainEvent>(eventClass: EventClass<E>, payload: Record<string, unknown>): E {
  return Object.assign(Object.create(eventClass.prototype) as E, payload);
}

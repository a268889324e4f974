import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import type { DomainEvent, EventClass } from './domain-event';
import { HANDLES_EVENT, type EventConsumer } from './handles-event.decorator';

export interface RegisteredHandler {
  consumer: string;
  eventClass: EventClass;
  instance: EventConsumer<DomainEvent>;
}

/** Finds every @HandlesEvent provider once, at start, and answers "who handles this event name". */
@Injectable()
export class EventHandlerRegistry implements OnModuleInit {
  private readonly byEventName = new Map<string, RegisteredHandler[]>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const { metatype, instance } = wrapper;
      if (!metatype || !instance) continue;
      const eventClass = this.reflector.get<EventClass | undefined>(HANDLES_EVENT, metatype);
      if (!eventClass) continue;
      const handlers = this.byEventName.get(eventClass.eventName) ?? [];
      handlers.push({ consumer: metatype.name, eventClass, instance: instance as EventConsumer<DomainEvent> });
      this.byEventName.set(eventClass.eventName, handlers);
    }
  }

  handlersOf(eventName: string): RegisteredHandler[] {
    return this.byEventName.get(eventName) ?? [];
  }
}

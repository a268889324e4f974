import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import type { DomainEvent } from './domain-event';
import { OutboxMessage } from './outbox-message';

/**
 * Where a use case puts the events of its change: into the same EntityManager, so they are stored
 * by the same flush and transaction as the change, or not at all.
 */
@Injectable()
export class Outbox {
  constructor(private readonly cls: ClsService) {}

  record(em: EntityManager, ...events: DomainEvent[]): void {
    const correlationId = this.cls.isActive() ? this.cls.getId() : undefined;
    for (const event of events) em.persist(OutboxMessage.of(event, correlationId));
  }
}

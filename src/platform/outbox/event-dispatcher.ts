import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AccountScope } from '../database/account-scope';
import { reviveEvent } from './domain-event';
import { EventHandlerRegistry, type RegisteredHandler } from './event-handler.registry';
import { OutboxMessage } from './outbox-message';

/**
 * Runs every consumer of one relayed event. Each consumer runs in its own transaction that first
 * claims (consumer, event id) and then runs the consumer, whose commands join the transaction: the
 * claim and their writes commit together. A consumer that already handled the event is skipped (a
 * second worker's claim waits for the first one's commit, then finds it), so a retry after a
 * partial failure reruns only the consumers that failed.
 */
@Injectable()
export class EventDispatcher {
  constructor(
    private readonly scope: AccountScope,
    private readonly registry: EventHandlerRegistry,
  ) {}

  async dispatch(outboxId: string): Promise<void> {
    const message = await this.scope.acrossAccounts((em) =>
      em.findOne(OutboxMessage, { id: outboxId, eventName: { $ne: null } }),
    );
    if (!message?.eventName) return;
    for (const handler of this.registry.handlersOf(message.eventName)) {
      await this.runConsumer(handler, message);
    }
  }

  private async runConsumer(handler: RegisteredHandler, message: OutboxMessage): Promise<void> {
    await this.scope.acrossAccounts((em) => this.claimAndRun(em, handler, message));
  }

  private async claimAndRun(em: EntityManager, handler: RegisteredHandler, message: OutboxMessage): Promise<void> {
    await em.transactional(async (tx) => {
      const claimed = await tx.getConnection().execute<{ consumer: string }[]>(
        `insert into platform_handled_events (consumer, event_id, handled_at) values (?, ?, now())
         on conflict do nothing returning consumer`,
        [handler.consumer, message.id],
        'all',
        tx.getTransactionContext(),
      );
      if (claimed.length === 0) return;
      await handler.instance.handle(reviveEvent(handler.eventClass, message.payload));
    });
  }
}

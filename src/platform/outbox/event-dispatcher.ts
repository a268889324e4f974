import { MikroORM, RequestContext } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { accountScopedEm } from '../database/tenant-filter';
import { reviveEvent } from './domain-event';
import { EventHandlerRegistry, type RegisteredHandler } from './event-handler.registry';
import { OutboxMessage } from './outbox-message';

/**
 * Runs every consumer of one relayed event. Each consumer runs in its own transaction that first
 * records (consumer, event id): a consumer that already handled the event is skipped, so a retry
 * after a partial failure reruns only those that failed.
 */
@Injectable()
export class EventDispatcher {
  constructor(
    private readonly orm: MikroORM,
    private readonly registry: EventHandlerRegistry,
  ) {}

  async dispatch(outboxId: string): Promise<void> {
    const message = await this.orm.em.fork().findOne(OutboxMessage, { id: outboxId });
    if (!message) return;
    for (const handler of this.registry.handlersOf(message.eventName)) {
      await this.runConsumer(handler, message);
    }
  }

  private async runConsumer(handler: RegisteredHandler, message: OutboxMessage): Promise<void> {
    const em = message.accountId
      ? accountScopedEm(this.orm.em, message.accountId)
      : this.orm.em.fork({ clear: true, useContext: false });
    await RequestContext.create(em, () =>
      em.transactional(async (tx) => {
        const claimed = await tx.getConnection().execute<{ consumer: string }[]>(
          `insert into platform_handled_events (consumer, event_id, handled_at) values (?, ?, now())
           on conflict do nothing returning consumer`,
          [handler.consumer, message.id],
          'all',
          tx.getTransactionContext(),
        );
        if (claimed.length === 0) return;
        await handler.instance.handle(reviveEvent(handler.eventClass, message.payload), tx);
      }),
    );
  }
}

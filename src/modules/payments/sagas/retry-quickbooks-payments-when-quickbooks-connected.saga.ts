import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { HandlesEvent, type EventConsumer } from '../../../platform/outbox/handles-event.decorator';
import { QuickBooksConnectedEvent } from '../../integration/contracts';
import { RetryFailedQuickBooksPaymentsCommand } from '../use-cases/retry-failed-quickbooks-payments/retry-failed-quickbooks-payments.command';

/** A reconnected company takes the payments it refused while the connection was lost. */
@Injectable()
@HandlesEvent(QuickBooksConnectedEvent)
export class RetryQuickBooksPaymentsWhenQuickBooksConnectedSaga implements EventConsumer<QuickBooksConnectedEvent> {
  constructor(private readonly commands: CommandBus) {}

  async handle(event: QuickBooksConnectedEvent): Promise<void> {
    await this.commands.execute(new RetryFailedQuickBooksPaymentsCommand(event.accountId as string));
  }
}

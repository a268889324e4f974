import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { HandlesEvent, type EventConsumer } from '../../../platform/outbox/handles-event.decorator';
import { QuickBooksPaymentFailedEvent } from '../../integration/contracts';
import { NoteQuickBooksOutcomeCommand } from '../use-cases/note-quickbooks-outcome/note-quickbooks-outcome.command';

@Injectable()
@HandlesEvent(QuickBooksPaymentFailedEvent)
export class NoteQuickBooksFailureWhenPaymentFailedSaga implements EventConsumer<QuickBooksPaymentFailedEvent> {
  constructor(private readonly commands: CommandBus) {}

  async handle(event: QuickBooksPaymentFailedEvent): Promise<void> {
    await this.commands.execute(
      new NoteQuickBooksOutcomeCommand(event.accountId as string, event.paymentId, { failed: event.reason }),
    );
  }
}

import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { HandlesEvent, type EventConsumer } from '../../../platform/outbox/handles-event.decorator';
import { QuickBooksPaymentRecordedEvent } from '../../integration/contracts';
import { NoteQuickBooksOutcomeCommand } from '../use-cases/note-quickbooks-outcome/note-quickbooks-outcome.command';

@Injectable()
@HandlesEvent(QuickBooksPaymentRecordedEvent)
export class NoteQuickBooksPaymentWhenRecordedSaga implements EventConsumer<QuickBooksPaymentRecordedEvent> {
  constructor(private readonly commands: CommandBus) {}

  async handle(event: QuickBooksPaymentRecordedEvent): Promise<void> {
    await this.commands.execute(
      new NoteQuickBooksOutcomeCommand(event.accountId as string, event.paymentId, {
        recorded: event.quickBooksPaymentId,
      }),
    );
  }
}

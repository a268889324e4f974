import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { HandlesEvent, type EventConsumer } from '../../../platform/outbox/handles-event.decorator';
import { InvoicePaidEvent } from '../../invoicing/contracts';
import { RecordInvoicePaidCommand } from '../use-cases/record-invoice-paid/record-invoice-paid.command';

/** A paid invoice's reminders stop and its thank-you is scheduled. */
@Injectable()
@HandlesEvent(InvoicePaidEvent)
export class StopRemindersWhenInvoicePaidSaga implements EventConsumer<InvoicePaidEvent> {
  constructor(private readonly commands: CommandBus) {}

  async handle(event: InvoicePaidEvent): Promise<void> {
    await this.commands.execute(new RecordInvoicePaidCommand(event.accountId as string, event.invoiceId));
  }
}

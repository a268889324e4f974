import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { HandlesEvent, type EventConsumer } from '../../../platform/outbox/handles-event.decorator';
import { InvoiceSentEvent } from '../../invoicing/contracts';
import { MarkInvoiceSentInQuickBooksCommand } from '../use-cases/mark-invoice-sent-in-quickbooks/mark-invoice-sent-in-quickbooks.command';

/** An invoice sent from Settle is noted in QuickBooks (the job does it; see the command's handler). */
@Injectable()
@HandlesEvent(InvoiceSentEvent)
export class MarkInvoiceSentInQuickBooksWhenInvoiceSentSaga implements EventConsumer<InvoiceSentEvent> {
  constructor(private readonly commands: CommandBus) {}

  async handle(event: InvoiceSentEvent): Promise<void> {
    await this.commands.execute(
      new MarkInvoiceSentInQuickBooksCommand(
        event.accountId as string,
        event.invoiceId,
        event.quickBooksId,
        event.sentAt,
        event.messageId,
      ),
    );
  }
}

import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { HandlesEvent, type EventConsumer } from '../../../platform/outbox/handles-event.decorator';
import { InvoiceRemovedEvent } from '../../invoicing/contracts';
import { CancelInvoiceStepsCommand } from '../use-cases/cancel-invoice-steps/cancel-invoice-steps.command';

@Injectable()
@HandlesEvent(InvoiceRemovedEvent)
export class CancelStepsWhenInvoiceRemovedSaga implements EventConsumer<InvoiceRemovedEvent> {
  constructor(private readonly commands: CommandBus) {}

  async handle(event: InvoiceRemovedEvent): Promise<void> {
    await this.commands.execute(new CancelInvoiceStepsCommand(event.accountId as string, event.invoiceId));
  }
}

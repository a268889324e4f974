import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { HandlesEvent, type EventConsumer } from '../../../platform/outbox/handles-event.decorator';
import { InvoicesImportedEvent } from '../../invoicing/contracts';
import { AttachDefaultWorkflowCommand } from '../use-cases/attach-default-workflow/attach-default-workflow.command';

@Injectable()
@HandlesEvent(InvoicesImportedEvent)
export class AttachDefaultWorkflowWhenInvoicesImportedSaga implements EventConsumer<InvoicesImportedEvent> {
  constructor(private readonly commands: CommandBus) {}

  async handle(event: InvoicesImportedEvent): Promise<void> {
    await this.commands.execute(new AttachDefaultWorkflowCommand(event.accountId as string, event.invoiceIds));
  }
}

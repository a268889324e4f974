import { Command } from '@nestjs/cqrs';

export class DeleteInvoiceCommand extends Command<void> {
  constructor(
    readonly accountId: string,
    readonly userId: string,
    readonly invoiceId: string,
  ) {
    super();
  }
}

import { Command } from '@nestjs/cqrs';

export class DeleteInvoiceCommand extends Command<void> {
  constructor(
    readonly invoiceId: string,
    readonly userId: string,
  ) {
    super();
  }
}

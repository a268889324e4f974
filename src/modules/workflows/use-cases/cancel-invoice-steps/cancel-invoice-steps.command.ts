import { Command } from '@nestjs/cqrs';

/** The invoice was removed (voided or deleted): nothing more goes for it. */
export class CancelInvoiceStepsCommand extends Command<void> {
  constructor(
    readonly accountId: string,
    readonly invoiceId: string,
  ) {
    super();
  }
}

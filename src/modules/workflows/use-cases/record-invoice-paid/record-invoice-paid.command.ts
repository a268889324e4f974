import { Command } from '@nestjs/cqrs';

/** The invoice is paid: its reminders stop and its thank-you is scheduled (once). */
export class RecordInvoicePaidCommand extends Command<void> {
  constructor(
    readonly accountId: string,
    readonly invoiceId: string,
  ) {
    super();
  }
}

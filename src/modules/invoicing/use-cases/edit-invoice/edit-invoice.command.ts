import { Command } from '@nestjs/cqrs';
import type { InvoiceResponseDto } from '../invoice.response.dto';

/** Changes Settle's own fields of an invoice; naming a QuickBooks field is refused. */
export class EditInvoiceCommand extends Command<InvoiceResponseDto> {
  constructor(
    readonly accountId: string,
    readonly userId: string,
    readonly invoiceId: string,
    readonly changes: { message?: string | null },
    readonly quickBooksFieldsNamed: string[],
  ) {
    super();
  }
}

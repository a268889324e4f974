import { Command } from '@nestjs/cqrs';
import type { SentInvoiceResponseDto } from './sent-invoice.response.dto';

export class SendInvoiceCommand extends Command<SentInvoiceResponseDto> {
  constructor(
    readonly accountId: string,
    readonly userId: string,
    readonly invoiceId: string,
    /** Absent: the invoice's last sent text, else the account's template. */
    readonly message: string | undefined,
    /** A workflow to attach in the same transaction. */
    readonly workflowId?: string,
  ) {
    super();
  }
}

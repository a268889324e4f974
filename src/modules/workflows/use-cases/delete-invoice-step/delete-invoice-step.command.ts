import { Command } from '@nestjs/cqrs';
import type { InvoiceWorkflowResponseDto } from '../get-invoice-workflow/invoice-workflow.response.dto';

/** Removes one step from one invoice's workflow (its scheduled occurrences are cancelled); 409 once paid. */
export class DeleteInvoiceStepCommand extends Command<InvoiceWorkflowResponseDto> {
  constructor(
    readonly accountId: string,
    readonly invoiceId: string,
    readonly stepId: string,
  ) {
    super();
  }
}

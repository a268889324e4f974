import { Query } from '@nestjs/cqrs';
import type { InvoiceWorkflowResponseDto } from './invoice-workflow.response.dto';

export class GetInvoiceWorkflowQuery extends Query<InvoiceWorkflowResponseDto> {
  constructor(
    readonly accountId: string,
    readonly invoiceId: string,
  ) {
    super();
  }
}

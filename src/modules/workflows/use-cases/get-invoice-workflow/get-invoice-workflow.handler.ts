import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { GetInvoiceWorkflowQuery } from './get-invoice-workflow.query';
import { InvoiceWorkflowView } from './invoice-workflow-view';
import type { InvoiceWorkflowResponseDto } from './invoice-workflow.response.dto';

@QueryHandler(GetInvoiceWorkflowQuery)
export class GetInvoiceWorkflowHandler implements IQueryHandler<GetInvoiceWorkflowQuery> {
  constructor(private readonly view: InvoiceWorkflowView) {}

  execute({ accountId, invoiceId }: GetInvoiceWorkflowQuery): Promise<InvoiceWorkflowResponseDto> {
    return this.view.of(accountId, invoiceId);
  }
}

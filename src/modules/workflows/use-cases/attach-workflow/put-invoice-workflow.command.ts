import { Command } from '@nestjs/cqrs';
import type { WorkflowStep } from '../../domain/workflow-step';
import type { InvoiceWorkflowResponseDto } from '../get-invoice-workflow/invoice-workflow.response.dto';

/** Attaches a workflow of the account, or steps given inline, to one invoice (replacing what it had). */
export class PutInvoiceWorkflowCommand extends Command<InvoiceWorkflowResponseDto> {
  constructor(
    readonly accountId: string,
    readonly invoiceId: string,
    readonly source: { workflowId: string } | { steps: WorkflowStep[] },
  ) {
    super();
  }
}

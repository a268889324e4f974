import { Command } from '@nestjs/cqrs';
import type { WorkflowStep } from '../../domain/workflow-step';
import type { InvoiceWorkflowResponseDto } from '../get-invoice-workflow/invoice-workflow.response.dto';

/** Changes one step of one invoice (never the workflow it came from); a paid invoice is a 409. */
export class EditInvoiceStepCommand extends Command<InvoiceWorkflowResponseDto> {
  constructor(
    readonly accountId: string,
    readonly invoiceId: string,
    readonly stepId: string,
    readonly step: WorkflowStep,
  ) {
    super();
  }
}

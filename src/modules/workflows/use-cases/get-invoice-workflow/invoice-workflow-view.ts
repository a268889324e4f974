import { Injectable } from '@nestjs/common';
import { AccountScope } from '../../../../platform/database/account-scope';
import { InvoiceWorkflow } from '../../domain/invoice-workflow';
import { StepOccurrence } from '../../domain/step-occurrence';
import { WorkflowsErrors } from '../../workflows.errors';
import { InvoiceWorkflowResponseDto } from './invoice-workflow.response.dto';

/** An invoice's steps with what became of each occurrence of its current attachment. */
@Injectable()
export class InvoiceWorkflowView {
  constructor(private readonly scope: AccountScope) {}

  of(accountId: string, invoiceId: string): Promise<InvoiceWorkflowResponseDto> {
    return this.scope.read(accountId, async (em) => {
      const copy = await em.findOne(InvoiceWorkflow, { invoiceId });
      if (!copy) throw WorkflowsErrors.noWorkflowOnInvoice();
      const occurrences = await em.find(
        StepOccurrence,
        { invoiceId, attachmentId: copy.attachmentId },
        { orderBy: { dueAt: 'asc', occurrenceIndex: 'asc', id: 'asc' } },
      );
      return InvoiceWorkflowResponseDto.of(copy, occurrences);
    });
  }
}

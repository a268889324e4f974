import { LockMode } from '@mikro-orm/core';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '../../../../platform/clock/clock';
import { AccountScope } from '../../../../platform/database/account-scope';
import { InvoiceWorkflow } from '../../domain/invoice-workflow';
import { cancelScheduled } from '../../infrastructure/persistence/occurrences';
import { WorkflowsErrors } from '../../workflows.errors';
import { InvoiceWorkflowView } from '../get-invoice-workflow/invoice-workflow-view';
import type { InvoiceWorkflowResponseDto } from '../get-invoice-workflow/invoice-workflow.response.dto';
import { DeleteInvoiceStepCommand } from './delete-invoice-step.command';

@CommandHandler(DeleteInvoiceStepCommand)
export class DeleteInvoiceStepHandler implements ICommandHandler<DeleteInvoiceStepCommand> {
  constructor(
    private readonly scope: AccountScope,
    private readonly view: InvoiceWorkflowView,
    private readonly clock: Clock,
  ) {}

  async execute({ accountId, invoiceId, stepId }: DeleteInvoiceStepCommand): Promise<InvoiceWorkflowResponseDto> {
    await this.scope.transaction(accountId, async (em) => {
      const copy = await em.findOne(InvoiceWorkflow, { invoiceId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!copy) throw WorkflowsErrors.noWorkflowOnInvoice();
      const now = this.clock.now();
      copy.deleteStep(stepId, now);
      await cancelScheduled(em, [invoiceId], 'step_changed', now, { stepId });
    });
    return this.view.of(accountId, invoiceId);
  }
}

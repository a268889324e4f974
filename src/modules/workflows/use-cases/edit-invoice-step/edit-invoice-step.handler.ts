import { LockMode } from '@mikro-orm/core';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '../../../../platform/clock/clock';
import { AccountScope } from '../../../../platform/database/account-scope';
import { bulkInsert } from '../../../../platform/database/bulk-insert';
import { planStep } from '../../domain/invoice-schedule';
import { InvoiceWorkflow } from '../../domain/invoice-workflow';
import { StepOccurrence } from '../../domain/step-occurrence';
import { validateWorkflowSteps } from '../../domain/workflow-step';
import { cancelScheduled } from '../../infrastructure/persistence/occurrences';
import { ScheduleContexts } from '../../infrastructure/schedule-contexts';
import { WorkflowsErrors } from '../../workflows.errors';
import { InvoiceWorkflowView } from '../get-invoice-workflow/invoice-workflow-view';
import type { InvoiceWorkflowResponseDto } from '../get-invoice-workflow/invoice-workflow.response.dto';
import { EditInvoiceStepCommand } from './edit-invoice-step.command';

/** The step's scheduled occurrences are cancelled and it is planned again as it now is. */
@CommandHandler(EditInvoiceStepCommand)
export class EditInvoiceStepHandler implements ICommandHandler<EditInvoiceStepCommand> {
  constructor(
    private readonly scope: AccountScope,
    private readonly contexts: ScheduleContexts,
    private readonly view: InvoiceWorkflowView,
    private readonly clock: Clock,
  ) {}

  async execute({ accountId, invoiceId, stepId, step }: EditInvoiceStepCommand): Promise<InvoiceWorkflowResponseDto> {
    await this.scope.transaction(accountId, async (em) => {
      const copy = await em.findOne(InvoiceWorkflow, { invoiceId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!copy) throw WorkflowsErrors.noWorkflowOnInvoice();
      const now = this.clock.now();
      const edited = copy.editStep(stepId, step, now);
      const problems = validateWorkflowSteps(copy.steps);
      if (problems.length > 0) throw WorkflowsErrors.invalidSteps(problems);
      await cancelScheduled(em, [invoiceId], 'step_changed', now, { stepId });
      await em.flush();
      await bulkInsert(em, StepOccurrence, planStep(copy, edited, await this.contexts.of(em, accountId, now), now));
    });
    return this.view.of(accountId, invoiceId);
  }
}

import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '../../../../platform/clock/clock';
import { AccountScope } from '../../../../platform/database/account-scope';
import { Workflow } from '../../domain/workflow';
import { WorkflowsErrors } from '../../workflows.errors';
import { InvoiceWorkflowView } from '../get-invoice-workflow/invoice-workflow-view';
import type { InvoiceWorkflowResponseDto } from '../get-invoice-workflow/invoice-workflow.response.dto';
import { PutInvoiceWorkflowCommand } from './put-invoice-workflow.command';
import { WorkflowAttacher, type AttachSource } from './workflow-attacher';

@CommandHandler(PutInvoiceWorkflowCommand)
export class PutInvoiceWorkflowHandler implements ICommandHandler<PutInvoiceWorkflowCommand> {
  constructor(
    private readonly scope: AccountScope,
    private readonly attacher: WorkflowAttacher,
    private readonly view: InvoiceWorkflowView,
    private readonly clock: Clock,
  ) {}

  async execute({ accountId, invoiceId, source }: PutInvoiceWorkflowCommand): Promise<InvoiceWorkflowResponseDto> {
    await this.scope.transaction(accountId, async (em) => {
      let attached: AttachSource;
      if ('workflowId' in source) {
        const workflow = await em.findOne(Workflow, { id: source.workflowId });
        if (!workflow) throw WorkflowsErrors.workflowNotFound();
        attached = { workflowId: workflow.id, workflowName: workflow.name, steps: workflow.steps };
      } else {
        attached = { workflowId: null, workflowName: null, steps: source.steps };
      }
      await this.attacher.attachOne(em, accountId, invoiceId, attached, this.clock.now());
    });
    return this.view.of(accountId, invoiceId);
  }
}

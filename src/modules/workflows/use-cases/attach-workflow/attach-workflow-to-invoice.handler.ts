import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '../../../../platform/clock/clock';
import { AccountScope } from '../../../../platform/database/account-scope';
import { AttachWorkflowToInvoiceCommand } from '../../contracts';
import { Workflow } from '../../domain/workflow';
import { WorkflowsErrors } from '../../workflows.errors';
import { WorkflowAttacher } from './workflow-attacher';

/** Another context (Invoicing's Save and Send) attaching a workflow, in its own transaction. */
@CommandHandler(AttachWorkflowToInvoiceCommand)
export class AttachWorkflowToInvoiceHandler implements ICommandHandler<AttachWorkflowToInvoiceCommand> {
  constructor(
    private readonly scope: AccountScope,
    private readonly attacher: WorkflowAttacher,
    private readonly clock: Clock,
  ) {}

  execute({ accountId, invoiceId, workflowId }: AttachWorkflowToInvoiceCommand): Promise<void> {
    return this.scope.transaction(accountId, async (em) => {
      const workflow = await em.findOne(Workflow, { id: workflowId });
      if (!workflow) throw WorkflowsErrors.workflowNotFound();
      const source = { workflowId, workflowName: workflow.name, steps: workflow.steps };
      await this.attacher.attachOne(em, accountId, invoiceId, source, this.clock.now());
    });
  }
}

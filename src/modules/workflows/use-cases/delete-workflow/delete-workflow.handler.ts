import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { Workflow } from '../../domain/workflow';
import { WorkflowsErrors } from '../../workflows.errors';
import { DeleteWorkflowCommand } from './delete-workflow.command';

/** Deletes the workflow from the list; invoices it was copied to keep their steps and their schedule. */
@CommandHandler(DeleteWorkflowCommand)
export class DeleteWorkflowHandler implements ICommandHandler<DeleteWorkflowCommand> {
  constructor(private readonly scope: AccountScope) {}

  execute({ accountId, workflowId }: DeleteWorkflowCommand): Promise<void> {
    return this.scope.transaction(accountId, async (em) => {
      const workflow = await em.findOne(Workflow, { id: workflowId });
      if (!workflow) throw WorkflowsErrors.workflowNotFound();
      em.remove(workflow);
    });
  }
}

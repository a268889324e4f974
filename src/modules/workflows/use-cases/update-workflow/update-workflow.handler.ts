import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '../../../../platform/clock/clock';
import { AccountScope } from '../../../../platform/database/account-scope';
import { Workflow } from '../../domain/workflow';
import { makeDefault } from '../../infrastructure/persistence/default-workflow';
import { WorkflowsErrors } from '../../workflows.errors';
import { WorkflowResponseDto } from '../workflow.response.dto';
import { UpdateWorkflowCommand } from './update-workflow.command';

/** Changes the workflow in the list only: invoices it was copied to keep their own steps. */
@CommandHandler(UpdateWorkflowCommand)
export class UpdateWorkflowHandler implements ICommandHandler<UpdateWorkflowCommand> {
  constructor(
    private readonly scope: AccountScope,
    private readonly clock: Clock,
  ) {}

  execute({ accountId, workflowId, changes }: UpdateWorkflowCommand): Promise<WorkflowResponseDto> {
    return this.scope.transaction(accountId, async (em) => {
      const workflow = await em.findOne(Workflow, { id: workflowId });
      if (!workflow) throw WorkflowsErrors.workflowNotFound();
      const now = this.clock.now();
      workflow.edit({ name: changes.name, steps: changes.steps }, now);
      if (changes.isDefault === true) await makeDefault(em, workflow, now);
      if (changes.isDefault === false) workflow.makeDefault(false, now);
      return WorkflowResponseDto.of(workflow);
    });
  }
}

import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '../../../../platform/clock/clock';
import { AccountScope } from '../../../../platform/database/account-scope';
import { defaultWorkflowOf } from '../../infrastructure/persistence/workflow-settings-store';
import { WorkflowAttacher } from '../attach-workflow/workflow-attacher';
import { AttachDefaultWorkflowCommand } from './attach-default-workflow.command';

@CommandHandler(AttachDefaultWorkflowCommand)
export class AttachDefaultWorkflowHandler implements ICommandHandler<AttachDefaultWorkflowCommand> {
  constructor(
    private readonly scope: AccountScope,
    private readonly attacher: WorkflowAttacher,
    private readonly clock: Clock,
  ) {}

  execute({ accountId, invoiceIds }: AttachDefaultWorkflowCommand): Promise<void> {
    return this.scope.transaction(accountId, async (em) => {
      const workflow = await defaultWorkflowOf(em);
      if (!workflow) return;
      const source = { workflowId: workflow.id, workflowName: workflow.name, steps: workflow.steps };
      await this.attacher.attachNew(em, accountId, invoiceIds, source, this.clock.now());
    });
  }
}

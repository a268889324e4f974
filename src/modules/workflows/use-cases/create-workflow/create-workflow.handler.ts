import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '../../../../platform/clock/clock';
import { AccountScope } from '../../../../platform/database/account-scope';
import { Workflow } from '../../domain/workflow';
import { makeDefault } from '../../infrastructure/persistence/default-workflow';
import { WorkflowResponseDto } from '../workflow.response.dto';
import { CreateWorkflowCommand } from './create-workflow.command';

@CommandHandler(CreateWorkflowCommand)
export class CreateWorkflowHandler implements ICommandHandler<CreateWorkflowCommand> {
  constructor(
    private readonly scope: AccountScope,
    private readonly clock: Clock,
  ) {}

  execute({ accountId, name, steps, isDefault }: CreateWorkflowCommand): Promise<WorkflowResponseDto> {
    return this.scope.transaction(accountId, async (em) => {
      const now = this.clock.now();
      const workflow = Workflow.create(accountId, name, steps, now);
      if (isDefault) await makeDefault(em, workflow, now);
      em.persist(workflow);
      return WorkflowResponseDto.of(workflow);
    });
  }
}

import { Command } from '@nestjs/cqrs';
import type { WorkflowStep } from '../../domain/workflow-step';
import type { WorkflowResponseDto } from '../workflow.response.dto';

export class CreateWorkflowCommand extends Command<WorkflowResponseDto> {
  constructor(
    readonly accountId: string,
    readonly name: string,
    readonly steps: WorkflowStep[],
    readonly isDefault: boolean,
  ) {
    super();
  }
}

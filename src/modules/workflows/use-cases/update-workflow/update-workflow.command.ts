import { Command } from '@nestjs/cqrs';
import type { WorkflowStep } from '../../domain/workflow-step';
import type { WorkflowResponseDto } from '../workflow.response.dto';

export class UpdateWorkflowCommand extends Command<WorkflowResponseDto> {
  constructor(
    readonly accountId: string,
    readonly workflowId: string,
    readonly changes: { name?: string; steps?: WorkflowStep[]; isDefault?: boolean },
  ) {
    super();
  }
}

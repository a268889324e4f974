import { Query } from '@nestjs/cqrs';
import type { WorkflowResponseDto } from '../workflow.response.dto';

export class GetWorkflowQuery extends Query<WorkflowResponseDto> {
  constructor(
    readonly accountId: string,
    readonly workflowId: string,
  ) {
    super();
  }
}

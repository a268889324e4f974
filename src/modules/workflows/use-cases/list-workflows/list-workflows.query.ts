import { Query } from '@nestjs/cqrs';
import type { WorkflowResponseDto } from '../workflow.response.dto';

export class ListWorkflowsQuery extends Query<WorkflowResponseDto[]> {
  constructor(readonly accountId: string) {
    super();
  }
}

import { Query } from '@nestjs/cqrs';
import type { WorkflowSettingsResponseDto } from '../workflow-settings.response.dto';

export class GetWorkflowSettingsQuery extends Query<WorkflowSettingsResponseDto> {
  constructor(readonly accountId: string) {
    super();
  }
}

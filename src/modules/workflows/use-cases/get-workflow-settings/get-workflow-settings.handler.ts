import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { Clock } from '../../../../platform/clock/clock';
import { AccountScope } from '../../../../platform/database/account-scope';
import { defaultWorkflowOf, settingsOf } from '../../infrastructure/persistence/workflow-settings-store';
import { WorkflowSettingsResponseDto } from '../workflow-settings.response.dto';
import { GetWorkflowSettingsQuery } from './get-workflow-settings.query';

@QueryHandler(GetWorkflowSettingsQuery)
export class GetWorkflowSettingsHandler implements IQueryHandler<GetWorkflowSettingsQuery> {
  constructor(
    private readonly scope: AccountScope,
    private readonly clock: Clock,
  ) {}

  execute({ accountId }: GetWorkflowSettingsQuery): Promise<WorkflowSettingsResponseDto> {
    return this.scope.read(accountId, async (em) => {
      const settings = await settingsOf(em, accountId, this.clock.now());
      const defaultWorkflow = await defaultWorkflowOf(em);
      return WorkflowSettingsResponseDto.of(settings, defaultWorkflow?.id ?? null);
    });
  }
}

import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { Workflow } from '../../domain/workflow';
import { WorkflowsErrors } from '../../workflows.errors';
import { WorkflowResponseDto } from '../workflow.response.dto';
import { GetWorkflowQuery } from './get-workflow.query';

@QueryHandler(GetWorkflowQuery)
export class GetWorkflowHandler implements IQueryHandler<GetWorkflowQuery> {
  constructor(private readonly scope: AccountScope) {}

  async execute({ accountId, workflowId }: GetWorkflowQuery): Promise<WorkflowResponseDto> {
    const workflow = await this.scope.read(accountId, (em) => em.findOne(Workflow, { id: workflowId }));
    if (!workflow) throw WorkflowsErrors.workflowNotFound();
    return WorkflowResponseDto.of(workflow);
  }
}

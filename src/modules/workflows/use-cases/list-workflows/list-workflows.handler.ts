import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { Workflow } from '../../domain/workflow';
import { WorkflowResponseDto } from '../workflow.response.dto';
import { ListWorkflowsQuery } from './list-workflows.query';

@QueryHandler(ListWorkflowsQuery)
export class ListWorkflowsHandler implements IQueryHandler<ListWorkflowsQuery> {
  constructor(private readonly scope: AccountScope) {}

  async execute({ accountId }: ListWorkflowsQuery): Promise<WorkflowResponseDto[]> {
    const workflows = await this.scope.read(accountId, (em) =>
      em.find(Workflow, {}, { orderBy: { createdAt: 'asc', id: 'asc' } }),
    );
    return workflows.map((workflow) => WorkflowResponseDto.of(workflow));
  }
}

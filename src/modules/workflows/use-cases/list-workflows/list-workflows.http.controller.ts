import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../../../platform/auth/auth.decorators';
import { ApiAuthenticated } from '../../../../platform/http/api-authenticated.decorator';
import { ApiProblems } from '../../../../platform/http/api-problems.decorator';
import type { Principal } from '../../../../platform/tenancy/principal';
import { WorkflowResponseDto } from '../workflow.response.dto';
import { ListWorkflowsQuery } from './list-workflows.query';

@ApiTags('workflows')
@ApiAuthenticated()
@Controller('workflows')
export class ListWorkflowsHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'Your workflows, oldest first' })
  @ApiOkResponse({ type: [WorkflowResponseDto] })
  @ApiProblems()
  list(@CurrentPrincipal() principal: Principal): Promise<WorkflowResponseDto[]> {
    return this.queries.execute(new ListWorkflowsQuery(principal.accountId));
  }
}

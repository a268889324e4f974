import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../../../platform/auth/auth.decorators';
import { ApiAuthenticated } from '../../../../platform/http/api-authenticated.decorator';
import { ApiProblems } from '../../../../platform/http/api-problems.decorator';
import type { Principal } from '../../../../platform/tenancy/principal';
import { WorkflowIdParams } from '../workflow-id.params';
import { WorkflowResponseDto } from '../workflow.response.dto';
import { GetWorkflowQuery } from './get-workflow.query';

@ApiTags('workflows')
@ApiAuthenticated()
@Controller('workflows')
export class GetWorkflowHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id')
  @ApiOperation({ summary: 'One workflow and its steps' })
  @ApiOkResponse({ type: WorkflowResponseDto })
  @ApiProblems(400, 404)
  get(@CurrentPrincipal() principal: Principal, @Param() params: WorkflowIdParams): Promise<WorkflowResponseDto> {
    return this.queries.execute(new GetWorkflowQuery(principal.accountId, params.id));
  }
}

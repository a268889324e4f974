import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../../../platform/auth/auth.decorators';
import { ApiAuthenticated } from '../../../../platform/http/api-authenticated.decorator';
import { ApiProblems } from '../../../../platform/http/api-problems.decorator';
import type { Principal } from '../../../../platform/tenancy/principal';
import { WorkflowSettingsResponseDto } from '../workflow-settings.response.dto';
import { GetWorkflowSettingsQuery } from './get-workflow-settings.query';

@ApiTags('workflows')
@ApiAuthenticated()
@Controller('workflows/settings')
export class GetWorkflowSettingsHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'The sending window for automatic texts, and the default workflow' })
  @ApiOkResponse({ type: WorkflowSettingsResponseDto })
  @ApiProblems()
  get(@CurrentPrincipal() principal: Principal): Promise<WorkflowSettingsResponseDto> {
    return this.queries.execute(new GetWorkflowSettingsQuery(principal.accountId));
  }
}

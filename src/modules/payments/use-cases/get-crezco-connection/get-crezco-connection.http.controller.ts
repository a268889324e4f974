import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../../../platform/auth/auth.decorators';
import { ApiAuthenticated } from '../../../../platform/http/api-authenticated.decorator';
import { ApiProblems } from '../../../../platform/http/api-problems.decorator';
import type { Principal } from '../../../../platform/tenancy/principal';
import { CrezcoConnectionResponseDto } from './crezco-connection.response.dto';
import { GetCrezcoConnectionQuery } from './get-crezco-connection.query';

@ApiTags('crezco')
@ApiAuthenticated()
@Controller('integrations/crezco')
export class GetCrezcoConnectionHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'The connected Crezco user: status, user id, the currencies it is paid in' })
  @ApiOkResponse({ type: CrezcoConnectionResponseDto })
  @ApiProblems(404)
  get(@CurrentPrincipal() principal: Principal): Promise<CrezcoConnectionResponseDto> {
    return this.queries.execute(new GetCrezcoConnectionQuery(principal.accountId));
  }
}

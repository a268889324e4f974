import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../../../platform/auth/auth.decorators';
import { ApiAuthenticated } from '../../../../platform/http/api-authenticated.decorator';
import { ApiProblems } from '../../../../platform/http/api-problems.decorator';
import type { Principal } from '../../../../platform/tenancy/principal';
import { GetQuickBooksConnectionQuery } from './get-quickbooks-connection.query';
import { QuickBooksConnectionResponseDto } from './quickbooks-connection.response.dto';

@ApiTags('quickbooks')
@ApiAuthenticated()
@Controller('integrations/quickbooks')
export class GetQuickBooksConnectionHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'The QuickBooks connection and the health of its sync' })
  @ApiOkResponse({ type: QuickBooksConnectionResponseDto })
  @ApiProblems(404)
  get(@CurrentPrincipal() principal: Principal): Promise<QuickBooksConnectionResponseDto> {
    return this.queries.execute(new GetQuickBooksConnectionQuery(principal.accountId));
  }
}

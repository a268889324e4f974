import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../../../platform/auth/auth.decorators';
import { ApiAuthenticated } from '../../../../platform/http/api-authenticated.decorator';
import { ApiProblems } from '../../../../platform/http/api-problems.decorator';
import type { Principal } from '../../../../platform/tenancy/principal';
import { GetStripeConnectionQuery } from './get-stripe-connection.query';
import { StripeConnectionResponseDto } from './stripe-connection.response.dto';

@ApiTags('stripe')
@ApiAuthenticated()
@Controller('integrations/stripe')
export class GetStripeConnectionHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'The connected Stripe account: status, account id, whether it can take charges' })
  @ApiOkResponse({ type: StripeConnectionResponseDto })
  @ApiProblems(404)
  get(@CurrentPrincipal() principal: Principal): Promise<StripeConnectionResponseDto> {
    return this.queries.execute(new GetStripeConnectionQuery(principal.accountId));
  }
}

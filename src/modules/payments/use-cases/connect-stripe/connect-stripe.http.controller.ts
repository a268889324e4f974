import { Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../../../../platform/auth/auth.decorators';
import { ApiAuthenticated } from '../../../../platform/http/api-authenticated.decorator';
import { ApiProblems } from '../../../../platform/http/api-problems.decorator';
import type { Principal } from '../../../../platform/tenancy/principal';
import { ConnectStripeCommand } from './connect-stripe.command';
import { ConnectStripeResponseDto } from './connect-stripe.response.dto';

@ApiTags('stripe')
@ApiAuthenticated()
@Controller('integrations/stripe')
export class ConnectStripeHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post('connect')
  @HttpCode(200)
  @Roles('owner', 'admin')
  @ApiOperation({ summary: "Start connecting the business's Stripe account: answers Stripe's consent URL" })
  @ApiOkResponse({ type: ConnectStripeResponseDto })
  @ApiProblems(403, 409)
  connect(@CurrentPrincipal() principal: Principal): Promise<ConnectStripeResponseDto> {
    return this.commands.execute(new ConnectStripeCommand(principal.accountId, principal.userId));
  }
}

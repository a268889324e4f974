import { Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../../../../platform/auth/auth.decorators';
import { ApiAuthenticated } from '../../../../platform/http/api-authenticated.decorator';
import { ApiProblems } from '../../../../platform/http/api-problems.decorator';
import type { Principal } from '../../../../platform/tenancy/principal';
import { ConnectCrezcoCommand } from './connect-crezco.command';
import { ConnectCrezcoResponseDto } from './connect-crezco.response.dto';

@ApiTags('crezco')
@ApiAuthenticated()
@Controller('integrations/crezco')
export class ConnectCrezcoHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post('connect')
  @HttpCode(200)
  @Roles('owner', 'admin')
  @ApiOperation({ summary: "Start connecting the business's Crezco user: answers Crezco's onboarding URL" })
  @ApiOkResponse({ type: ConnectCrezcoResponseDto })
  @ApiProblems(403, 409)
  connect(@CurrentPrincipal() principal: Principal): Promise<ConnectCrezcoResponseDto> {
    return this.commands.execute(new ConnectCrezcoCommand(principal.accountId, principal.userId));
  }
}

import { Controller, Delete, HttpCode } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../../../../platform/auth/auth.decorators';
import { ApiAuthenticated } from '../../../../platform/http/api-authenticated.decorator';
import { ApiProblems } from '../../../../platform/http/api-problems.decorator';
import type { Principal } from '../../../../platform/tenancy/principal';
import { DisconnectCrezcoCommand } from './disconnect-crezco.command';

@ApiTags('crezco')
@ApiAuthenticated()
@Controller('integrations/crezco')
export class DisconnectCrezcoHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Delete()
  @HttpCode(204)
  @Roles('owner', 'admin')
  @ApiOperation({ summary: 'Stop taking bank payments through Crezco; payments already taken stay' })
  @ApiNoContentResponse()
  @ApiProblems(403, 404)
  disconnect(@CurrentPrincipal() principal: Principal): Promise<void> {
    return this.commands.execute(new DisconnectCrezcoCommand(principal.accountId));
  }
}

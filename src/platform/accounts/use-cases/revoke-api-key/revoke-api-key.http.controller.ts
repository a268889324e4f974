import { Controller, Delete, HttpCode, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../../../auth/auth.decorators';
import { ApiAuthenticated } from '../../../http/api-authenticated.decorator';
import { ApiProblems } from '../../../http/api-problems.decorator';
import type { Principal } from '../../../tenancy/principal';
import { ApiKeyIdParams } from '../api-key-id.params';
import { RevokeApiKeyCommand } from './revoke-api-key.command';

@ApiTags('api-keys')
@ApiAuthenticated()
@Controller('api-keys')
export class RevokeApiKeyHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Delete(':id')
  @Roles('owner', 'admin')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke an API key; requests with it fail from now on' })
  @ApiNoContentResponse()
  @ApiProblems(400, 403, 404)
  revoke(@CurrentPrincipal() principal: Principal, @Param() params: ApiKeyIdParams): Promise<void> {
    return this.commands.execute(new RevokeApiKeyCommand(principal.accountId, params.id));
  }
}

import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../../../auth/auth.decorators';
import { ApiAuthenticated } from '../../../http/api-authenticated.decorator';
import { ApiProblems } from '../../../http/api-problems.decorator';
import type { Principal } from '../../../tenancy/principal';
import { CreatedApiKeyResponseDto } from '../api-key.response.dto';
import { CreateApiKeyCommand } from './create-api-key.command';
import { CreateApiKeyRequestDto } from './create-api-key.request.dto';

@ApiTags('api-keys')
@ApiAuthenticated()
@Controller('api-keys')
export class CreateApiKeyHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Roles('owner', 'admin')
  @ApiOperation({
    summary: 'Create an API key; the key is in this answer only',
    description:
      'The key acts as you, with your role at the time it is used but never above admin: if you are ' +
      'demoted the key is too, and when you are removed from the account it is revoked.',
  })
  @ApiCreatedResponse({ type: CreatedApiKeyResponseDto })
  @ApiProblems(400, 403)
  create(
    @CurrentPrincipal() principal: Principal,
    @Body() body: CreateApiKeyRequestDto,
  ): Promise<CreatedApiKeyResponseDto> {
    return this.commands.execute(new CreateApiKeyCommand(principal.accountId, principal.userId, body.name));
  }
}

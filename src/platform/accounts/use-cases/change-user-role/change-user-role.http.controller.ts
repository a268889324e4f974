import { Body, Controller, Param, Patch } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../../../auth/auth.decorators';
import { ApiAuthenticated } from '../../../http/api-authenticated.decorator';
import { ApiProblems } from '../../../http/api-problems.decorator';
import type { Principal } from '../../../tenancy/principal';
import { UserIdParams } from '../user-id.params';
import { UserResponseDto } from '../user.response.dto';
import { ChangeUserRoleCommand } from './change-user-role.command';
import { ChangeUserRoleRequestDto } from './change-user-role.request.dto';

@ApiTags('users')
@ApiAuthenticated()
@Controller('users')
export class ChangeUserRoleHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Patch(':id')
  @Roles('owner', 'admin')
  @ApiOperation({ summary: "Change a user's role (admin or member)" })
  @ApiOkResponse({ type: UserResponseDto })
  @ApiProblems(400, 403, 404, 409)
  change(
    @CurrentPrincipal() principal: Principal,
    @Param() params: UserIdParams,
    @Body() body: ChangeUserRoleRequestDto,
  ): Promise<UserResponseDto> {
    return this.commands.execute(new ChangeUserRoleCommand(principal.accountId, params.id, body.role));
  }
}

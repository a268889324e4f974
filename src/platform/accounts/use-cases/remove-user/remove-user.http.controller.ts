import { Controller, Delete, HttpCode, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../../../auth/auth.decorators';
import { ApiAuthenticated } from '../../../http/api-authenticated.decorator';
import { ApiProblems } from '../../../http/api-problems.decorator';
import type { Principal } from '../../../tenancy/principal';
import { UserIdParams } from '../user-id.params';
import { RemoveUserCommand } from './remove-user.command';

@ApiTags('users')
@ApiAuthenticated()
@Controller('users')
export class RemoveUserHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Delete(':id')
  @Roles('owner', 'admin')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a user from your account; their tokens stop working at once' })
  @ApiNoContentResponse()
  @ApiProblems(400, 403, 404, 409)
  remove(@CurrentPrincipal() principal: Principal, @Param() params: UserIdParams): Promise<void> {
    return this.commands.execute(new RemoveUserCommand(principal.accountId, principal.userId, params.id));
  }
}

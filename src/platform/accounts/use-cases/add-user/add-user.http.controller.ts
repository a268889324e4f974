import { Body, Controller, Post, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthThrottlerGuard } from '../../../auth/auth-throttler.guard';
import { CurrentPrincipal, Roles } from '../../../auth/auth.decorators';
import { ApiAuthenticated } from '../../../http/api-authenticated.decorator';
import { ApiProblems } from '../../../http/api-problems.decorator';
import type { Principal } from '../../../tenancy/principal';
import { UserResponseDto } from '../user.response.dto';
import { AddUserCommand } from './add-user.command';
import { AddUserRequestDto } from './add-user.request.dto';

@ApiTags('users')
@ApiAuthenticated()
@Controller('users')
export class AddUserHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Roles('owner', 'admin')
  @UseGuards(AuthThrottlerGuard)
  @ApiOperation({
    summary: 'Add a user (admin or member) to your account',
    description:
      'An email is a sign-in per account: one already used by a user of this account is a 409; other ' +
      'accounts are never consulted, so their users stay private to them.',
  })
  @ApiCreatedResponse({ type: UserResponseDto })
  @ApiProblems(400, 403, 409, 429)
  add(@CurrentPrincipal() principal: Principal, @Body() body: AddUserRequestDto): Promise<UserResponseDto> {
    return this.commands.execute(
      new AddUserCommand(principal.accountId, body.email, body.password, body.role, body.name),
    );
  }
}

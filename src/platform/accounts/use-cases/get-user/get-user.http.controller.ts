import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../../auth/auth.decorators';
import { ApiAuthenticated } from '../../../http/api-authenticated.decorator';
import { ApiProblems } from '../../../http/api-problems.decorator';
import type { Principal } from '../../../tenancy/principal';
import { UserIdParams } from '../user-id.params';
import { UserResponseDto } from '../user.response.dto';
import { GetUserQuery } from './get-user.query';

@ApiTags('users')
@ApiAuthenticated()
@Controller('users')
export class GetUserHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id')
  @ApiOperation({ summary: 'One user of your account' })
  @ApiOkResponse({ type: UserResponseDto })
  @ApiProblems(400, 404)
  get(@CurrentPrincipal() principal: Principal, @Param() params: UserIdParams): Promise<UserResponseDto> {
    return this.queries.execute(new GetUserQuery(principal.accountId, params.id));
  }
}

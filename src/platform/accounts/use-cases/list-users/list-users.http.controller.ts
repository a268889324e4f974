import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../../auth/auth.decorators';
import { ApiAuthenticated } from '../../../http/api-authenticated.decorator';
import { ApiPage } from '../../../http/api-page.decorator';
import { ApiProblems } from '../../../http/api-problems.decorator';
import { cursorId, PageQuery, type Page } from '../../../http/pagination';
import type { Principal } from '../../../tenancy/principal';
import { UserResponseDto } from '../user.response.dto';
import { ListUsersQuery } from './list-users.query';

@ApiTags('users')
@ApiAuthenticated()
@Controller('users')
export class ListUsersHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'The users of your account, oldest first' })
  @ApiPage(UserResponseDto)
  @ApiProblems(400)
  list(@CurrentPrincipal() principal: Principal, @Query() query: PageQuery): Promise<Page<UserResponseDto>> {
    return this.queries.execute(new ListUsersQuery(principal.accountId, query.limit, cursorId(query.cursor)));
  }
}

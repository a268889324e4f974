import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../../../auth/auth.decorators';
import { ApiAuthenticated } from '../../../http/api-authenticated.decorator';
import { ApiPage } from '../../../http/api-page.decorator';
import { ApiProblems } from '../../../http/api-problems.decorator';
import { cursorId, PageQuery, type Page } from '../../../http/pagination';
import type { Principal } from '../../../tenancy/principal';
import { ApiKeyResponseDto } from '../api-key.response.dto';
import { ListApiKeysQuery } from './list-api-keys.query';

@ApiTags('api-keys')
@ApiAuthenticated()
@Controller('api-keys')
export class ListApiKeysHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Roles('owner', 'admin')
  @ApiOperation({ summary: "Your account's API keys, revoked ones included (never the keys themselves)" })
  @ApiPage(ApiKeyResponseDto)
  @ApiProblems(400, 403)
  list(@CurrentPrincipal() principal: Principal, @Query() query: PageQuery): Promise<Page<ApiKeyResponseDto>> {
    return this.queries.execute(new ListApiKeysQuery(principal.accountId, query.limit, cursorId(query.cursor)));
  }
}

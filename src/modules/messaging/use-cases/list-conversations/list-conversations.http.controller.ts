import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../../../platform/auth/auth.decorators';
import { ApiAuthenticated } from '../../../../platform/http/api-authenticated.decorator';
import { ApiPage } from '../../../../platform/http/api-page.decorator';
import { ApiProblems } from '../../../../platform/http/api-problems.decorator';
import { PageQuery, type Page } from '../../../../platform/http/pagination';
import type { Principal } from '../../../../platform/tenancy/principal';
import { ConversationSummaryResponseDto } from './conversation-summary.response.dto';
import { ListConversationsQuery } from './list-conversations.query';

@ApiTags('messaging')
@ApiAuthenticated()
@Controller('conversations')
export class ListConversationsHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'Your conversations, latest activity first, with unread replies counted' })
  @ApiPage(ConversationSummaryResponseDto)
  @ApiProblems(400)
  list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: PageQuery,
  ): Promise<Page<ConversationSummaryResponseDto>> {
    return this.queries.execute(new ListConversationsQuery(principal.accountId, query.limit, query.cursor));
  }
}

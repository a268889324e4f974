import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../../../platform/auth/auth.decorators';
import { ApiAuthenticated } from '../../../../platform/http/api-authenticated.decorator';
import { ApiPage } from '../../../../platform/http/api-page.decorator';
import { ApiProblems } from '../../../../platform/http/api-problems.decorator';
import { cursorId, type Page } from '../../../../platform/http/pagination';
import type { Principal } from '../../../../platform/tenancy/principal';
import { ContactResponseDto } from '../contact.response.dto';
import { ListContactsQuery } from './list-contacts.query';
import { ListContactsRequestDto } from './list-contacts.request.dto';

@ApiTags('contacts')
@ApiAuthenticated()
@Controller('contacts')
export class ListContactsHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: "Your account's contacts, searched and filtered, oldest first" })
  @ApiPage(ContactResponseDto)
  @ApiProblems(400)
  list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: ListContactsRequestDto,
  ): Promise<Page<ContactResponseDto>> {
    const { q, source, optedOut, canReceiveTexts } = query;
    return this.queries.execute(
      new ListContactsQuery(
        principal.accountId,
        { search: q, source, optedOut, canReceiveTexts },
        query.limit,
        cursorId(query.cursor),
      ),
    );
  }
}

import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../../../platform/auth/auth.decorators';
import { ApiAuthenticated } from '../../../../platform/http/api-authenticated.decorator';
import { ApiPage } from '../../../../platform/http/api-page.decorator';
import { ApiProblems } from '../../../../platform/http/api-problems.decorator';
import type { Page } from '../../../../platform/http/pagination';
import type { Principal } from '../../../../platform/tenancy/principal';
import { InvoiceRowResponseDto } from '../invoice-row.response.dto';
import { ListInvoicesQuery } from './list-invoices.query';
import { ListInvoicesRequestDto } from './list-invoices.request.dto';

@ApiTags('invoices')
@ApiAuthenticated()
@Controller('invoices')
export class ListInvoicesHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'Your invoices: filter, search, sort, and page with nextCursor' })
  @ApiPage(InvoiceRowResponseDto)
  @ApiProblems(400)
  list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: ListInvoicesRequestDto,
  ): Promise<Page<InvoiceRowResponseDto>> {
    const { status, contactId, from, to, currency, overdue, q } = query;
    return this.queries.execute(
      new ListInvoicesQuery(
        principal.accountId,
        { status, contactId, from, to, currency, overdue, search: q },
        query.sort,
        query.limit,
        query.cursor,
      ),
    );
  }
}

import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../../../platform/auth/auth.decorators';
import { ApiAuthenticated } from '../../../../platform/http/api-authenticated.decorator';
import { ApiPage } from '../../../../platform/http/api-page.decorator';
import { ApiProblems } from '../../../../platform/http/api-problems.decorator';
import type { Page } from '../../../../platform/http/pagination';
import type { Principal } from '../../../../platform/tenancy/principal';
import { PaymentResponseDto } from '../payment.response.dto';
import { ListPaymentsQuery } from './list-payments.query';
import { ListPaymentsRequestDto } from './list-payments.request.dto';

@ApiTags('payments')
@ApiAuthenticated()
@Controller('payments')
export class ListPaymentsHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'Payments received, newest first: filter and page with nextCursor' })
  @ApiPage(PaymentResponseDto)
  @ApiProblems(400)
  list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: ListPaymentsRequestDto,
  ): Promise<Page<PaymentResponseDto>> {
    const { invoiceId, contactId, method, status, quickBooksState } = query;
    return this.queries.execute(
      new ListPaymentsQuery(
        principal.accountId,
        { invoiceId, contactId, method, status, quickBooksState },
        query.limit,
        query.cursor,
      ),
    );
  }
}

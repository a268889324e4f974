import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../../../platform/auth/auth.decorators';
import { ApiAuthenticated } from '../../../../platform/http/api-authenticated.decorator';
import { ApiProblems } from '../../../../platform/http/api-problems.decorator';
import type { Principal } from '../../../../platform/tenancy/principal';
import { ListQuickBooksInvoiceYearsQuery, type InvoiceYear } from './list-quickbooks-invoice-years.query';

class InvoiceYearDto {
  @ApiProperty({ example: 2025 })
  year!: number;

  @ApiProperty({ example: 1841 })
  count!: number;
}

@ApiTags('quickbooks')
@ApiAuthenticated()
@Controller('integrations/quickbooks/invoice-years')
export class ListQuickBooksInvoiceYearsHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'The years QuickBooks has invoices for, with a count each, newest first' })
  @ApiOkResponse({ type: [InvoiceYearDto] })
  @ApiProblems(409)
  list(@CurrentPrincipal() principal: Principal): Promise<InvoiceYear[]> {
    return this.queries.execute(new ListQuickBooksInvoiceYearsQuery(principal.accountId));
  }
}

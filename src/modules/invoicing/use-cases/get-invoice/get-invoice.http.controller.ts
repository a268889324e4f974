import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../../../platform/auth/auth.decorators';
import { ApiAuthenticated } from '../../../../platform/http/api-authenticated.decorator';
import { ApiProblems } from '../../../../platform/http/api-problems.decorator';
import type { Principal } from '../../../../platform/tenancy/principal';
import { InvoiceIdParams } from '../invoice-id.params';
import { InvoiceResponseDto } from '../invoice.response.dto';
import { GetInvoiceQuery } from './get-invoice.query';

@ApiTags('invoices')
@ApiAuthenticated()
@Controller('invoices')
export class GetInvoiceHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id')
  @ApiOperation({ summary: 'An invoice with its lines and totals' })
  @ApiOkResponse({ type: InvoiceResponseDto })
  @ApiProblems(400, 404)
  get(@CurrentPrincipal() principal: Principal, @Param() params: InvoiceIdParams): Promise<InvoiceResponseDto> {
    return this.queries.execute(new GetInvoiceQuery(principal.accountId, params.id));
  }
}

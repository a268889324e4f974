import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../../../platform/auth/auth.decorators';
import { ApiAuthenticated } from '../../../../platform/http/api-authenticated.decorator';
import { ApiProblems } from '../../../../platform/http/api-problems.decorator';
import type { Principal } from '../../../../platform/tenancy/principal';
import { InvoiceIdParams } from '../invoice-id.params';
import { GetPaymentLinkQuery } from './get-payment-link.query';
import { PaymentLinkResponseDto } from './payment-link.response.dto';

@ApiTags('invoices')
@ApiAuthenticated()
@Controller('invoices')
export class GetPaymentLinkHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id/payment-link')
  @ApiOperation({ summary: "The invoice's payment link alone, to share another way" })
  @ApiOkResponse({ type: PaymentLinkResponseDto })
  @ApiProblems(400, 404)
  get(@CurrentPrincipal() principal: Principal, @Param() params: InvoiceIdParams): Promise<PaymentLinkResponseDto> {
    return this.queries.execute(new GetPaymentLinkQuery(principal.accountId, params.id));
  }
}

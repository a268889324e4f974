import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../../../platform/auth/auth.decorators';
import { ApiAuthenticated } from '../../../../platform/http/api-authenticated.decorator';
import { ApiProblems } from '../../../../platform/http/api-problems.decorator';
import type { Principal } from '../../../../platform/tenancy/principal';
import { PaymentIdParams } from '../payment-id.params';
import { GetPaymentQuery } from './get-payment.query';
import { PaymentDetailResponseDto } from './payment-detail.response.dto';

@ApiTags('payments')
@ApiAuthenticated()
@Controller('payments')
export class GetPaymentHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id')
  @ApiOperation({ summary: 'One payment: its attempts, provider ids, QuickBooks Payment id and history' })
  @ApiOkResponse({ type: PaymentDetailResponseDto })
  @ApiProblems(400, 404)
  get(@CurrentPrincipal() principal: Principal, @Param() params: PaymentIdParams): Promise<PaymentDetailResponseDto> {
    return this.queries.execute(new GetPaymentQuery(principal.accountId, params.id));
  }
}

import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../../../platform/auth/auth.decorators';
import { ApiAuthenticated } from '../../../../platform/http/api-authenticated.decorator';
import { ApiProblems } from '../../../../platform/http/api-problems.decorator';
import type { Principal } from '../../../../platform/tenancy/principal';
import { PaymentIdParams } from '../payment-id.params';
import { PaymentResponseDto } from '../payment.response.dto';
import { RecordManualPaymentCommand } from './record-manual-payment.command';
import { RecordManualPaymentRequestDto } from './record-manual-payment.request.dto';

@ApiTags('payments')
@ApiAuthenticated()
@Controller('invoices')
export class RecordManualPaymentHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/payments')
  @ApiOperation({
    summary: 'Mark an invoice paid (in full or in part) with a payment received outside the invoice page',
    description: 'Applied to the invoice and written to QuickBooks like a card payment.',
  })
  @ApiCreatedResponse({ type: PaymentResponseDto })
  @ApiProblems(400, 404, 409)
  record(
    @CurrentPrincipal() principal: Principal,
    @Param() params: PaymentIdParams,
    @Body() body: RecordManualPaymentRequestDto,
  ): Promise<PaymentResponseDto> {
    return this.commands.execute(
      new RecordManualPaymentCommand(
        principal.accountId,
        principal.userId,
        params.id,
        body.method,
        body.amount,
        body.paidOn ?? null,
        body.reference ?? null,
      ),
    );
  }
}

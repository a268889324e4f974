import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../../../../platform/auth/auth.decorators';
import { ApiAuthenticated } from '../../../../platform/http/api-authenticated.decorator';
import { ApiProblems } from '../../../../platform/http/api-problems.decorator';
import type { Principal } from '../../../../platform/tenancy/principal';
import { PaymentIdParams } from '../payment-id.params';
import { RetryQuickBooksCommand } from './retry-quickbooks.command';

@ApiTags('payments')
@ApiAuthenticated()
@Controller('payments')
export class RetryQuickBooksHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/retry-quickbooks')
  @HttpCode(202)
  @Roles('owner', 'admin')
  @ApiOperation({ summary: 'Write a payment QuickBooks did not take to QuickBooks again (never twice)' })
  @ApiAcceptedResponse({ description: 'Sent; its QuickBooks state says how it went' })
  @ApiProblems(403, 404, 409)
  async retry(@CurrentPrincipal() principal: Principal, @Param() params: PaymentIdParams): Promise<void> {
    await this.commands.execute(new RetryQuickBooksCommand(principal.accountId, params.id));
  }
}

import { Controller, Delete, HttpCode, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../../../platform/auth/auth.decorators';
import { ApiAuthenticated } from '../../../../platform/http/api-authenticated.decorator';
import { ApiProblems } from '../../../../platform/http/api-problems.decorator';
import type { Principal } from '../../../../platform/tenancy/principal';
import { InvoiceIdParams } from '../invoice-id.params';
import { DeleteInvoiceCommand } from './delete-invoice.command';

@ApiTags('invoices')
@ApiAuthenticated()
@Controller('invoices')
export class DeleteInvoiceHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Delete an invoice from Settle (not from QuickBooks); later QuickBooks changes never bring it back',
  })
  @ApiNoContentResponse()
  @ApiProblems(400, 404)
  delete(@CurrentPrincipal() principal: Principal, @Param() params: InvoiceIdParams): Promise<void> {
    return this.commands.execute(new DeleteInvoiceCommand(principal.accountId, principal.userId, params.id));
  }
}

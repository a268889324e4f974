import { Body, Controller, Param, Patch } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../../../platform/auth/auth.decorators';
import { ApiAuthenticated } from '../../../../platform/http/api-authenticated.decorator';
import { ApiProblems } from '../../../../platform/http/api-problems.decorator';
import type { Principal } from '../../../../platform/tenancy/principal';
import { InvoiceIdParams } from '../invoice-id.params';
import { InvoiceResponseDto } from '../invoice.response.dto';
import { EditInvoiceCommand } from './edit-invoice.command';
import { EditInvoiceRequestDto } from './edit-invoice.request.dto';

@ApiTags('invoices')
@ApiAuthenticated()
@Controller('invoices')
export class EditInvoiceHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Patch(':id')
  @ApiOperation({
    summary: "Change Settle's own fields (the message) until the invoice is paid",
    description:
      'Fields that come from QuickBooks are read-only: naming one answers 409 INVOICING.FIELD_OWNED_BY_QUICKBOOKS.',
  })
  @ApiOkResponse({ type: InvoiceResponseDto })
  @ApiProblems(400, 404, 409)
  edit(
    @CurrentPrincipal() principal: Principal,
    @Param() params: InvoiceIdParams,
    @Body() body: EditInvoiceRequestDto,
  ): Promise<InvoiceResponseDto> {
    return this.commands.execute(
      new EditInvoiceCommand(
        principal.accountId,
        principal.userId,
        params.id,
        { message: body.message },
        body.quickBooksFieldsNamed(),
      ),
    );
  }
}

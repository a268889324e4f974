import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../../../platform/auth/auth.decorators';
import { ApiAuthenticated } from '../../../../platform/http/api-authenticated.decorator';
import { ApiProblems } from '../../../../platform/http/api-problems.decorator';
import type { Principal } from '../../../../platform/tenancy/principal';
import { InvoiceIdParams } from '../invoice-id.params';
import { SendInvoiceCommand } from './send-invoice.command';
import { SendInvoiceRequestDto } from './send-invoice.request.dto';
import { SentInvoiceResponseDto } from './sent-invoice.response.dto';

@ApiTags('invoices')
@ApiAuthenticated()
@Controller('invoices')
export class SendInvoiceHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/send')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Save and Send: text the invoice to its contact with its payment link (again, for a resend)',
    description:
      'The message is saved on the invoice and sent by SMS; the invoice\'s last action becomes "sent". ' +
      'A contact with no mobile, opted out, or whose number the provider reported barred is a 409 ' +
      '(MESSAGING.CONTACT_UNREACHABLE, with the reason) and nothing is sent; so is a paid invoice. With ' +
      '`workflowId`, that workflow is attached in the same step (an unknown one is a 404 and nothing is sent).',
  })
  @ApiOkResponse({ type: SentInvoiceResponseDto })
  @ApiProblems(400, 404, 409)
  send(
    @CurrentPrincipal() principal: Principal,
    @Param() params: InvoiceIdParams,
    @Body() body: SendInvoiceRequestDto,
  ): Promise<SentInvoiceResponseDto> {
    return this.commands.execute(
      new SendInvoiceCommand(principal.accountId, principal.userId, params.id, body.message, body.workflowId),
    );
  }
}

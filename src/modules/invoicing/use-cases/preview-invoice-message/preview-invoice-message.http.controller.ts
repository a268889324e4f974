import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../../../platform/auth/auth.decorators';
import { ApiAuthenticated } from '../../../../platform/http/api-authenticated.decorator';
import { ApiProblems } from '../../../../platform/http/api-problems.decorator';
import type { Principal } from '../../../../platform/tenancy/principal';
import { InvoiceIdParams } from '../invoice-id.params';
import { MessageTextRequestDto } from '../message-text.request.dto';
import { RenderedMessageResponseDto } from '../rendered-message.response.dto';
import { PreviewInvoiceMessageQuery } from './preview-invoice-message.query';

@ApiTags('invoices')
@ApiAuthenticated()
@Controller('invoices')
export class PreviewInvoiceMessageHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Post(':id/message-preview')
  @HttpCode(200)
  @ApiOperation({
    summary: "The invoice's text as it would be sent now: its length, encoding (GSM-7 or UCS-2) and SMS parts",
    description: 'Nothing is saved or sent. Unknown placeholders are a 400 naming them.',
  })
  @ApiOkResponse({ type: RenderedMessageResponseDto })
  @ApiProblems(400, 404)
  preview(
    @CurrentPrincipal() principal: Principal,
    @Param() params: InvoiceIdParams,
    @Body() body: MessageTextRequestDto,
  ): Promise<RenderedMessageResponseDto> {
    return this.queries.execute(new PreviewInvoiceMessageQuery(principal.accountId, params.id, body.message));
  }
}

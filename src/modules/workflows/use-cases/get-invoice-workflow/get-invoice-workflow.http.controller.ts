import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../../../platform/auth/auth.decorators';
import { ApiAuthenticated } from '../../../../platform/http/api-authenticated.decorator';
import { ApiProblems } from '../../../../platform/http/api-problems.decorator';
import type { Principal } from '../../../../platform/tenancy/principal';
import { InvoiceIdParams } from '../invoice-id.params';
import { GetInvoiceWorkflowQuery } from './get-invoice-workflow.query';
import { InvoiceWorkflowResponseDto } from './invoice-workflow.response.dto';

@ApiTags('workflows')
@ApiAuthenticated()
@Controller('invoices')
export class GetInvoiceWorkflowHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id/workflow')
  @ApiOperation({
    summary: "An invoice's workflow: each step and what became of it",
    description:
      'scheduled (with its time), sent (with the time and the message), skipped or cancelled (with why), failed (why).',
  })
  @ApiOkResponse({ type: InvoiceWorkflowResponseDto })
  @ApiProblems(400, 404)
  get(@CurrentPrincipal() principal: Principal, @Param() params: InvoiceIdParams): Promise<InvoiceWorkflowResponseDto> {
    return this.queries.execute(new GetInvoiceWorkflowQuery(principal.accountId, params.id));
  }
}

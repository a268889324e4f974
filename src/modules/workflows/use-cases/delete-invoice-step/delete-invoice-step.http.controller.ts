import { Controller, Delete, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../../../platform/auth/auth.decorators';
import { ApiAuthenticated } from '../../../../platform/http/api-authenticated.decorator';
import { ApiProblems } from '../../../../platform/http/api-problems.decorator';
import type { Principal } from '../../../../platform/tenancy/principal';
import { InvoiceWorkflowResponseDto } from '../get-invoice-workflow/invoice-workflow.response.dto';
import { InvoiceStepParams } from '../invoice-step.params';
import { DeleteInvoiceStepCommand } from './delete-invoice-step.command';

@ApiTags('workflows')
@ApiAuthenticated()
@Controller('invoices')
export class DeleteInvoiceStepHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Delete(':id/workflow/steps/:stepId')
  @ApiOperation({
    summary: "Remove one step from this invoice's workflow",
    description: 'Changes this invoice only; its scheduled texts for that step are cancelled. A paid invoice is a 409.',
  })
  @ApiOkResponse({ type: InvoiceWorkflowResponseDto })
  @ApiProblems(400, 404, 409)
  remove(
    @CurrentPrincipal() principal: Principal,
    @Param() params: InvoiceStepParams,
  ): Promise<InvoiceWorkflowResponseDto> {
    return this.commands.execute(new DeleteInvoiceStepCommand(principal.accountId, params.id, params.stepId));
  }
}

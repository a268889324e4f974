import { Body, Controller, Param, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../../../platform/auth/auth.decorators';
import { ApiAuthenticated } from '../../../../platform/http/api-authenticated.decorator';
import { ApiProblems } from '../../../../platform/http/api-problems.decorator';
import { AppError } from '../../../../platform/errors/app-error';
import type { Principal } from '../../../../platform/tenancy/principal';
import { InvoiceWorkflowResponseDto } from '../get-invoice-workflow/invoice-workflow.response.dto';
import { InvoiceIdParams } from '../invoice-id.params';
import { workflowStepsOf } from '../workflow-steps';
import { PutInvoiceWorkflowCommand } from './put-invoice-workflow.command';
import { PutInvoiceWorkflowRequestDto } from './put-invoice-workflow.request.dto';

@ApiTags('workflows')
@ApiAuthenticated()
@Controller('invoices')
export class PutInvoiceWorkflowHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Put(':id/workflow')
  @ApiOperation({
    summary: "Attach a workflow to an invoice (a copy of its steps, or steps of the invoice's own)",
    description:
      'Replaces the workflow the invoice had (its pending steps are cancelled). A step whose time has passed is ' +
      'shown skipped, never sent at once; a repeating one starts at its next occurrence. A paid invoice is a 409.',
  })
  @ApiOkResponse({ type: InvoiceWorkflowResponseDto })
  @ApiProblems(400, 404, 409)
  put(
    @CurrentPrincipal() principal: Principal,
    @Param() params: InvoiceIdParams,
    @Body() body: PutInvoiceWorkflowRequestDto,
  ): Promise<InvoiceWorkflowResponseDto> {
    if (body.workflowId !== undefined && body.steps !== undefined) {
      throw new AppError('PLATFORM.VALIDATION_FAILED', 'invalid', 'The request is not valid: workflowId, steps', [
        { field: 'steps', message: 'give either workflowId or steps, not both' },
      ]);
    }
    const source =
      body.steps !== undefined ? { steps: workflowStepsOf(body.steps) } : { workflowId: body.workflowId as string };
    return this.commands.execute(new PutInvoiceWorkflowCommand(principal.accountId, params.id, source));
  }
}

import { Body, Controller, Param, Patch } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../../../platform/auth/auth.decorators';
import { ApiAuthenticated } from '../../../../platform/http/api-authenticated.decorator';
import { ApiProblems } from '../../../../platform/http/api-problems.decorator';
import type { Principal } from '../../../../platform/tenancy/principal';
import { InvoiceWorkflowResponseDto } from '../get-invoice-workflow/invoice-workflow.response.dto';
import { InvoiceStepParams } from '../invoice-step.params';
import { WorkflowStepRequestDto } from '../workflow-step.request.dto';
import { workflowStepsOf } from '../workflow-steps';
import { EditInvoiceStepCommand } from './edit-invoice-step.command';

@ApiTags('workflows')
@ApiAuthenticated()
@Controller('invoices')
export class EditInvoiceStepHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Patch(':id/workflow/steps/:stepId')
  @ApiOperation({
    summary: "Change one step of this invoice's workflow (the step as it should now be)",
    description: 'Changes this invoice only, never the workflow in the list. A paid invoice is a 409.',
  })
  @ApiOkResponse({ type: InvoiceWorkflowResponseDto })
  @ApiProblems(400, 404, 409)
  edit(
    @CurrentPrincipal() principal: Principal,
    @Param() params: InvoiceStepParams,
    @Body() body: WorkflowStepRequestDto,
  ): Promise<InvoiceWorkflowResponseDto> {
    const [step] = workflowStepsOf([body]);
    return this.commands.execute(new EditInvoiceStepCommand(principal.accountId, params.id, params.stepId, step));
  }
}

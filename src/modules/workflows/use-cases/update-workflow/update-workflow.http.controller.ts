import { Body, Controller, Param, Patch } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../../../platform/auth/auth.decorators';
import { ApiAuthenticated } from '../../../../platform/http/api-authenticated.decorator';
import { ApiProblems } from '../../../../platform/http/api-problems.decorator';
import type { Principal } from '../../../../platform/tenancy/principal';
import { WorkflowIdParams } from '../workflow-id.params';
import { workflowStepsOf } from '../workflow-steps';
import { WorkflowResponseDto } from '../workflow.response.dto';
import { UpdateWorkflowCommand } from './update-workflow.command';
import { UpdateWorkflowRequestDto } from './update-workflow.request.dto';

@ApiTags('workflows')
@ApiAuthenticated()
@Controller('workflows')
export class UpdateWorkflowHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Patch(':id')
  @ApiOperation({
    summary: 'Change a workflow',
    description: 'Invoices it was already attached to keep the steps they were given.',
  })
  @ApiOkResponse({ type: WorkflowResponseDto })
  @ApiProblems(400, 404)
  update(
    @CurrentPrincipal() principal: Principal,
    @Param() params: WorkflowIdParams,
    @Body() body: UpdateWorkflowRequestDto,
  ): Promise<WorkflowResponseDto> {
    const steps = body.steps === undefined ? undefined : workflowStepsOf(body.steps);
    return this.commands.execute(
      new UpdateWorkflowCommand(principal.accountId, params.id, { name: body.name, steps, isDefault: body.isDefault }),
    );
  }
}

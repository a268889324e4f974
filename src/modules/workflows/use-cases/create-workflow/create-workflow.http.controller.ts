import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../../../platform/auth/auth.decorators';
import { ApiAuthenticated } from '../../../../platform/http/api-authenticated.decorator';
import { ApiProblems } from '../../../../platform/http/api-problems.decorator';
import type { Principal } from '../../../../platform/tenancy/principal';
import { workflowStepsOf } from '../workflow-steps';
import { WorkflowResponseDto } from '../workflow.response.dto';
import { CreateWorkflowCommand } from './create-workflow.command';
import { CreateWorkflowRequestDto } from './create-workflow.request.dto';

@ApiTags('workflows')
@ApiAuthenticated()
@Controller('workflows')
export class CreateWorkflowHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiOperation({
    summary: 'Create a workflow: reminders around the due date and a thank-you',
    description: 'Attaching it to an invoice copies its steps there; changing it later changes no invoice.',
  })
  @ApiCreatedResponse({ type: WorkflowResponseDto })
  @ApiProblems(400)
  create(
    @CurrentPrincipal() principal: Principal,
    @Body() body: CreateWorkflowRequestDto,
  ): Promise<WorkflowResponseDto> {
    return this.commands.execute(
      new CreateWorkflowCommand(principal.accountId, body.name, workflowStepsOf(body.steps), body.isDefault ?? false),
    );
  }
}

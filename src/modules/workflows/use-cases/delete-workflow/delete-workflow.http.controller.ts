import { Controller, Delete, HttpCode, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../../../platform/auth/auth.decorators';
import { ApiAuthenticated } from '../../../../platform/http/api-authenticated.decorator';
import { ApiProblems } from '../../../../platform/http/api-problems.decorator';
import type { Principal } from '../../../../platform/tenancy/principal';
import { WorkflowIdParams } from '../workflow-id.params';
import { DeleteWorkflowCommand } from './delete-workflow.command';

@ApiTags('workflows')
@ApiAuthenticated()
@Controller('workflows')
export class DeleteWorkflowHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Delete a workflow',
    description: 'Invoices it was attached to keep their own copy of its steps, and their schedule.',
  })
  @ApiNoContentResponse()
  @ApiProblems(400, 404)
  remove(@CurrentPrincipal() principal: Principal, @Param() params: WorkflowIdParams): Promise<void> {
    return this.commands.execute(new DeleteWorkflowCommand(principal.accountId, params.id));
  }
}

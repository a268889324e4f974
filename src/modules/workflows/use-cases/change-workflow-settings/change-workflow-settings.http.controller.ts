import { Body, Controller, Patch } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../../../platform/auth/auth.decorators';
import { ApiAuthenticated } from '../../../../platform/http/api-authenticated.decorator';
import { ApiProblems } from '../../../../platform/http/api-problems.decorator';
import type { Principal } from '../../../../platform/tenancy/principal';
import { WorkflowSettingsResponseDto } from '../workflow-settings.response.dto';
import { ChangeWorkflowSettingsCommand } from './change-workflow-settings.command';
import { ChangeWorkflowSettingsRequestDto } from './change-workflow-settings.request.dto';

@ApiTags('workflows')
@ApiAuthenticated()
@Controller('workflows/settings')
export class ChangeWorkflowSettingsHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Patch()
  @ApiOperation({
    summary: 'Change the sending window, or choose the default workflow',
    description:
      'No automatic text goes outside the window (in the account time zone) or on an excluded day: a step due ' +
      'then goes at the next opening. The default workflow is attached to each invoice imported from QuickBooks ' +
      'after it was chosen.',
  })
  @ApiOkResponse({ type: WorkflowSettingsResponseDto })
  @ApiProblems(400, 404)
  change(
    @CurrentPrincipal() principal: Principal,
    @Body() body: ChangeWorkflowSettingsRequestDto,
  ): Promise<WorkflowSettingsResponseDto> {
    return this.commands.execute(new ChangeWorkflowSettingsCommand(principal.accountId, body));
  }
}

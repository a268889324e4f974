import { Body, Controller, Patch } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../../../auth/auth.decorators';
import { ApiAuthenticated } from '../../../http/api-authenticated.decorator';
import { ApiProblems } from '../../../http/api-problems.decorator';
import type { Principal } from '../../../tenancy/principal';
import { AccountSettingsResponseDto } from '../get-account-settings/account-settings.response.dto';
import { ChangeAccountSettingsCommand } from './change-account-settings.command';
import { ChangeAccountSettingsRequestDto } from './change-account-settings.request.dto';

@ApiTags('account')
@ApiAuthenticated()
@Controller('account/settings')
export class ChangeAccountSettingsHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Patch()
  @Roles('owner', 'admin')
  @ApiOperation({ summary: "Change your account's settings (those given; the others stay)" })
  @ApiOkResponse({ type: AccountSettingsResponseDto })
  @ApiProblems(400, 403)
  change(
    @CurrentPrincipal() principal: Principal,
    @Body() body: ChangeAccountSettingsRequestDto,
  ): Promise<AccountSettingsResponseDto> {
    const { name, timezone, markSentInQuickBooks } = body;
    return this.commands.execute(
      new ChangeAccountSettingsCommand(principal.accountId, { name, timezone, markSentInQuickBooks }),
    );
  }
}

import { Body, Controller, Patch } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../../../../platform/auth/auth.decorators';
import { ApiAuthenticated } from '../../../../platform/http/api-authenticated.decorator';
import { ApiProblems } from '../../../../platform/http/api-problems.decorator';
import type { Principal } from '../../../../platform/tenancy/principal';
import { MessagingSettingsResponseDto } from '../get-messaging-settings/messaging-settings.response.dto';
import { ChangeMessagingSettingsCommand } from './change-messaging-settings.command';
import { ChangeMessagingSettingsRequestDto } from './change-messaging-settings.request.dto';

@ApiTags('messaging')
@ApiAuthenticated()
@Controller('messaging/settings')
export class ChangeMessagingSettingsHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Patch()
  @Roles('owner', 'admin')
  @ApiOperation({
    summary: 'Choose who your texts come from',
    description:
      'An alphanumeric sender shows your name but contacts cannot reply to it, so replies, STOP and HELP cannot ' +
      'reach Settle; a number (a Vonage virtual number) can receive them.',
  })
  @ApiOkResponse({ type: MessagingSettingsResponseDto })
  @ApiProblems(400, 403)
  change(
    @CurrentPrincipal() principal: Principal,
    @Body() body: ChangeMessagingSettingsRequestDto,
  ): Promise<MessagingSettingsResponseDto> {
    const { kind, value } = body.sender;
    return this.commands.execute(new ChangeMessagingSettingsCommand(principal.accountId, { kind, value }));
  }
}

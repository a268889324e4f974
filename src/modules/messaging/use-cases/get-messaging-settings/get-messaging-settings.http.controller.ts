import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../../../platform/auth/auth.decorators';
import { ApiAuthenticated } from '../../../../platform/http/api-authenticated.decorator';
import { ApiProblems } from '../../../../platform/http/api-problems.decorator';
import type { Principal } from '../../../../platform/tenancy/principal';
import { GetMessagingSettingsQuery } from './get-messaging-settings.query';
import { MessagingSettingsResponseDto } from './messaging-settings.response.dto';

@ApiTags('messaging')
@ApiAuthenticated()
@Controller('messaging/settings')
export class GetMessagingSettingsHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'Who your texts come from, and whether contacts can reply' })
  @ApiOkResponse({ type: MessagingSettingsResponseDto })
  @ApiProblems()
  get(@CurrentPrincipal() principal: Principal): Promise<MessagingSettingsResponseDto> {
    return this.queries.execute(new GetMessagingSettingsQuery(principal.accountId));
  }
}

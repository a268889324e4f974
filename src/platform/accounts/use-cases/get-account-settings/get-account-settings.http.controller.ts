import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../../auth/auth.decorators';
import { ApiAuthenticated } from '../../../http/api-authenticated.decorator';
import type { Principal } from '../../../tenancy/principal';
import { GetAccountSettingsQuery } from '../../contracts/get-account-settings.query';
import { AccountSettingsResponseDto } from './account-settings.response.dto';

@ApiTags('account')
@ApiAuthenticated()
@Controller('account/settings')
export class GetAccountSettingsHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: "Your account's settings" })
  @ApiOkResponse({ type: AccountSettingsResponseDto })
  get(@CurrentPrincipal() principal: Principal): Promise<AccountSettingsResponseDto> {
    return this.queries.execute(new GetAccountSettingsQuery(principal.accountId));
  }
}

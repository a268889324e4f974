import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../../auth/auth.decorators';
import { ApiAuthenticated } from '../../../http/api-authenticated.decorator';
import type { Principal } from '../../../tenancy/principal';
import { GetMeQuery } from './get-me.query';
import { MeResponseDto } from './me.response.dto';

@ApiTags('auth')
@ApiAuthenticated()
@Controller('me')
export class GetMeHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'The signed-in user and their account' })
  @ApiOkResponse({ type: MeResponseDto })
  me(@CurrentPrincipal() principal: Principal): Promise<MeResponseDto> {
    return this.queries.execute(new GetMeQuery(principal.accountId, principal.userId, principal.via));
  }
}

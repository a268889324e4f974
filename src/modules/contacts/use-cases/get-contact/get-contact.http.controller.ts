import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../../../platform/auth/auth.decorators';
import { ApiAuthenticated } from '../../../../platform/http/api-authenticated.decorator';
import { ApiProblems } from '../../../../platform/http/api-problems.decorator';
import type { Principal } from '../../../../platform/tenancy/principal';
import { ContactIdParams } from '../contact-id.params';
import { ContactResponseDto } from '../contact.response.dto';
import { GetContactQuery } from './get-contact.query';

@ApiTags('contacts')
@ApiAuthenticated()
@Controller('contacts')
export class GetContactHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id')
  @ApiOperation({ summary: 'One contact of your account' })
  @ApiOkResponse({ type: ContactResponseDto })
  @ApiProblems(400, 404)
  get(@CurrentPrincipal() principal: Principal, @Param() params: ContactIdParams): Promise<ContactResponseDto> {
    return this.queries.execute(new GetContactQuery(principal.accountId, params.id));
  }
}

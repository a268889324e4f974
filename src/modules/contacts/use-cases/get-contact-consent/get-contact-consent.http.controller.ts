import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../../../platform/auth/auth.decorators';
import { ApiAuthenticated } from '../../../../platform/http/api-authenticated.decorator';
import { ApiProblems } from '../../../../platform/http/api-problems.decorator';
import type { Principal } from '../../../../platform/tenancy/principal';
import { ContactIdParams } from '../contact-id.params';
import { ContactConsentResponseDto } from './contact-consent.response.dto';
import { GetContactConsentQuery } from './get-contact-consent.query';

@ApiTags('contacts')
@ApiAuthenticated()
@Controller('contacts')
export class GetContactConsentHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id/consent')
  @ApiOperation({
    summary: "A contact's consent to texts and its ledger",
    description:
      'Whether the contact has opted out, and every change of consent: when, how (a keyword texted, such as STOP ' +
      'or START, or a user of the account) and from which text.',
  })
  @ApiOkResponse({ type: ContactConsentResponseDto })
  @ApiProblems(400, 404)
  get(@CurrentPrincipal() principal: Principal, @Param() params: ContactIdParams): Promise<ContactConsentResponseDto> {
    return this.queries.execute(new GetContactConsentQuery(principal.accountId, params.id));
  }
}

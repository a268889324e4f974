import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../../../platform/auth/auth.decorators';
import { ApiAuthenticated } from '../../../../platform/http/api-authenticated.decorator';
import { ApiProblems } from '../../../../platform/http/api-problems.decorator';
import type { Principal } from '../../../../platform/tenancy/principal';
import { MessageTemplateResponseDto } from '../message-template.response.dto';
import { ListMessageTemplatesQuery } from './list-message-templates.query';

@ApiTags('messaging')
@ApiAuthenticated()
@Controller('message-templates')
export class ListMessageTemplatesHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({
    summary: 'Your message templates, the invoice intro first',
    description: "The invoice intro starts as Settle's default text and is yours to edit.",
  })
  @ApiOkResponse({ type: [MessageTemplateResponseDto] })
  @ApiProblems()
  list(@CurrentPrincipal() principal: Principal): Promise<MessageTemplateResponseDto[]> {
    return this.queries.execute(new ListMessageTemplatesQuery(principal.accountId));
  }
}

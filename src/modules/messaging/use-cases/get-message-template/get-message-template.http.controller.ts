import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../../../platform/auth/auth.decorators';
import { ApiAuthenticated } from '../../../../platform/http/api-authenticated.decorator';
import { ApiProblems } from '../../../../platform/http/api-problems.decorator';
import type { Principal } from '../../../../platform/tenancy/principal';
import { MessageTemplateIdParams } from '../message-template-id.params';
import { MessageTemplateResponseDto } from '../message-template.response.dto';
import { GetMessageTemplateQuery } from './get-message-template.query';

@ApiTags('messaging')
@ApiAuthenticated()
@Controller('message-templates')
export class GetMessageTemplateHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id')
  @ApiOperation({ summary: 'One message template' })
  @ApiOkResponse({ type: MessageTemplateResponseDto })
  @ApiProblems(400, 404)
  get(
    @CurrentPrincipal() principal: Principal,
    @Param() params: MessageTemplateIdParams,
  ): Promise<MessageTemplateResponseDto> {
    return this.queries.execute(new GetMessageTemplateQuery(principal.accountId, params.id));
  }
}

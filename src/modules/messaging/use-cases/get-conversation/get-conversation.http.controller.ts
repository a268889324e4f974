import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../../../platform/auth/auth.decorators';
import { ApiAuthenticated } from '../../../../platform/http/api-authenticated.decorator';
import { ApiProblems } from '../../../../platform/http/api-problems.decorator';
import type { Principal } from '../../../../platform/tenancy/principal';
import { ContactIdParams } from '../contact-id.params';
import { ConversationResponseDto } from './conversation-entry.response.dto';
import { GetConversationQuery } from './get-conversation.query';

@ApiTags('messaging')
@ApiAuthenticated()
@Controller('contacts')
export class GetConversationHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id/conversation')
  @ApiOperation({
    summary: 'The conversation with a contact',
    description:
      'Texts sent (with their delivery state and, when failed, why), replies, and notes (invoice sent, reminder ' +
      'sent, paid, payment failed), oldest first. Reading it marks the replies read.',
  })
  @ApiOkResponse({ type: ConversationResponseDto })
  @ApiProblems(400, 404)
  get(@CurrentPrincipal() principal: Principal, @Param() params: ContactIdParams): Promise<ConversationResponseDto> {
    return this.queries.execute(new GetConversationQuery(principal.accountId, params.id));
  }
}

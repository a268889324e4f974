import { LockMode } from '@mikro-orm/core';
import { QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { FindContactForTextingQuery } from '../../../contacts/contracts';
import { Conversation } from '../../domain/conversation';
import { Message } from '../../domain/message';
import { MessagingErrors } from '../../messaging.errors';
import { ConversationEntryResponseDto, type ConversationResponseDto } from './conversation-entry.response.dto';
import { GetConversationQuery } from './get-conversation.query';

const SHOWN = 500;

@QueryHandler(GetConversationQuery)
export class GetConversationHandler implements IQueryHandler<GetConversationQuery> {
  constructor(
    private readonly scope: AccountScope,
    private readonly queries: QueryBus,
  ) {}

  async execute({ accountId, contactId }: GetConversationQuery): Promise<ConversationResponseDto> {
    const contact = await this.queries.execute(new FindContactForTextingQuery(accountId, contactId));
    if (!contact) throw MessagingErrors.contactNotFound();
    return this.scope.transaction(accountId, async (em) => {
      const conversation = await em.findOne(Conversation, { contactId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!conversation) return { contactId, conversationId: null, entries: [] };
      conversation.read();
      const latest = await em.find(
        Message,
        { conversationId: conversation.id },
        { orderBy: { createdAt: 'desc', id: 'desc' }, limit: SHOWN },
      );
      const entries = latest.reverse().map((message) => ConversationEntryResponseDto.of(message));
      return { contactId, conversationId: conversation.id, entries };
    });
  }
}

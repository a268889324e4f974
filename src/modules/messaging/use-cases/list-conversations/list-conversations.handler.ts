import { QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { FilterQuery } from '@mikro-orm/postgresql';
import { AccountScope } from '../../../../platform/database/account-scope';
import type { Page } from '../../../../platform/http/pagination';
import { FindContactForTextingQuery } from '../../../contacts/contracts';
import { Conversation } from '../../domain/conversation';
import { decodeConversationCursor, encodeConversationCursor } from './conversation-cursor';
import type { ConversationSummaryResponseDto } from './conversation-summary.response.dto';
import { ListConversationsQuery } from './list-conversations.query';

/** Latest activity first; the cursor is the last row's (activity time, id). */
@QueryHandler(ListConversationsQuery)
export class ListConversationsHandler implements IQueryHandler<ListConversationsQuery> {
  constructor(
    private readonly scope: AccountScope,
    private readonly queries: QueryBus,
  ) {}

  async execute({ accountId, limit, cursor }: ListConversationsQuery): Promise<Page<ConversationSummaryResponseDto>> {
    const after = cursor === undefined ? undefined : decodeConversationCursor(cursor);
    const where: FilterQuery<Conversation> = after
      ? {
          $or: [
            { lastActivityAt: { $lt: new Date(after.at) } },
            { lastActivityAt: new Date(after.at), id: { $lt: after.id } },
          ],
        }
      : {};
    const rows = await this.scope.read(accountId, (em) =>
      em.find(Conversation, where, { orderBy: { lastActivityAt: 'desc', id: 'desc' }, limit: limit + 1 }),
    );
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const data = await Promise.all(
      page.map(async (conversation) => {
        const contact = await this.queries.execute(new FindContactForTextingQuery(accountId, conversation.contactId));
        return {
          id: conversation.id,
          contactId: conversation.contactId,
          contactName: contact?.name ?? null,
          lastActivityAt: conversation.lastActivityAt.toISOString(),
          lastMessagePreview: conversation.lastMessagePreview,
          unreadCount: conversation.unreadCount,
        };
      }),
    );
    const nextCursor =
      rows.length > limit ? encodeConversationCursor({ at: last.lastActivityAt.toISOString(), id: last.id }) : null;
    return { data, page: { limit, nextCursor } };
  }
}

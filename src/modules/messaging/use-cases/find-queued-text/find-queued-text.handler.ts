import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { FindQueuedTextQuery, type SendTextResult } from '../../contracts';
import { Message } from '../../domain/message';
import { renderedOf } from '../send-text/outgoing-texts';

/** Reads in the caller's transaction when there is one, so a text queued in it is found. */
@QueryHandler(FindQueuedTextQuery)
export class FindQueuedTextHandler implements IQueryHandler<FindQueuedTextQuery> {
  constructor(private readonly scope: AccountScope) {}

  execute({ accountId, messageId }: FindQueuedTextQuery): Promise<SendTextResult | null> {
    return this.scope.read(accountId, async (em) => {
      const message = await em.findOne(Message, { id: messageId });
      return message ? { messageId: message.id, message: renderedOf(message.text) } : null;
    });
  }
}

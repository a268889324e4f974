import { Query } from '@nestjs/cqrs';
import type { ConversationResponseDto } from './conversation-entry.response.dto';

/** A contact's conversation, in order; reading it marks its replies read. */
export class GetConversationQuery extends Query<ConversationResponseDto> {
  constructor(
    readonly accountId: string,
    readonly contactId: string,
  ) {
    super();
  }
}

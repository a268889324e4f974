import { Query } from '@nestjs/cqrs';
import type { Page } from '../../../../platform/http/pagination';
import type { ConversationSummaryResponseDto } from './conversation-summary.response.dto';

export class ListConversationsQuery extends Query<Page<ConversationSummaryResponseDto>> {
  constructor(
    readonly accountId: string,
    readonly limit: number,
    readonly cursor?: string,
  ) {
    super();
  }
}

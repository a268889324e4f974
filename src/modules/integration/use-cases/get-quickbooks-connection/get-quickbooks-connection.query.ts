import { Query } from '@nestjs/cqrs';
import type { QuickBooksConnectionResponseDto } from './quickbooks-connection.response.dto';

export class GetQuickBooksConnectionQuery extends Query<QuickBooksConnectionResponseDto> {
  constructor(readonly accountId: string) {
    super();
  }
}

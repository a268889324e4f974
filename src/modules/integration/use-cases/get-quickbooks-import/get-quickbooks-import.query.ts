import { Query } from '@nestjs/cqrs';
import type { QuickBooksImportResponseDto } from './quickbooks-import.response.dto';

export class GetQuickBooksImportQuery extends Query<QuickBooksImportResponseDto> {
  constructor(
    readonly accountId: string,
    readonly importId: string,
  ) {
    super();
  }
}

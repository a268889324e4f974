import { Query } from '@nestjs/cqrs';
import type { QuickBooksImportResponseDto } from './quickbooks-import.response.dto';

export class GetQuickBooksImportQuery extends Query<QuickBooksImportResponseDto> {
  constructor(readonly importId: string) {
    super();
  }
}

import { Query } from '@nestjs/cqrs';
import type { Page } from '../../../http/pagination';
import type { ApiKeyResponseDto } from '../api-key.response.dto';

export class ListApiKeysQuery extends Query<Page<ApiKeyResponseDto>> {
  constructor(
    readonly accountId: string,
    readonly limit: number,
    readonly afterId?: string,
  ) {
    super();
  }
}

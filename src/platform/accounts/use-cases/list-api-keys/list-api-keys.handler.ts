import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../database/account-scope';
import { toPage, type Page } from '../../../http/pagination';
import { ApiKey } from '../../domain/api-key';
import { ApiKeyResponseDto } from '../api-key.response.dto';
import { ListApiKeysQuery } from './list-api-keys.query';

@QueryHandler(ListApiKeysQuery)
export class ListApiKeysHandler implements IQueryHandler<ListApiKeysQuery> {
  constructor(private readonly scope: AccountScope) {}

  async execute({ accountId, limit, afterId }: ListApiKeysQuery): Promise<Page<ApiKeyResponseDto>> {
    const rows = await this.scope.read(accountId, (em) =>
      em.find(ApiKey, afterId ? { id: { $gt: afterId } } : {}, { orderBy: { id: 'asc' }, limit: limit + 1 }),
    );
    return toPage(rows, limit, ApiKeyResponseDto.of);
  }
}

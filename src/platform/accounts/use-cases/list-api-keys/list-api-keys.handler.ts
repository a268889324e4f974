import { EntityManager } from '@mikro-orm/postgresql';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { toPage, type Page } from '../../../http/pagination';
import { ApiKey } from '../../domain/api-key';
import { ApiKeyResponseDto } from '../api-key.response.dto';
import { ListApiKeysQuery } from './list-api-keys.query';

@QueryHandler(ListApiKeysQuery)
export class ListApiKeysHandler implements IQueryHandler<ListApiKeysQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ limit, afterId }: ListApiKeysQuery): Promise<Page<ApiKeyResponseDto>> {
    const rows = await this.em.find(ApiKey, afterId ? { id: { $gt: afterId } } : {}, {
      orderBy: { id: 'asc' },
      limit: limit + 1,
    });
    return toPage(rows, limit, ApiKeyResponseDto.of);
  }
}

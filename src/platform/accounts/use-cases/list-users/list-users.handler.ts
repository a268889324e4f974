import { EntityManager } from '@mikro-orm/postgresql';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { toPage, type Page } from '../../../http/pagination';
import { User } from '../../domain/user';
import { UserResponseDto } from '../user.response.dto';
import { ListUsersQuery } from './list-users.query';

@QueryHandler(ListUsersQuery)
export class ListUsersHandler implements IQueryHandler<ListUsersQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ limit, afterId }: ListUsersQuery): Promise<Page<UserResponseDto>> {
    const rows = await this.em.find(User, afterId ? { id: { $gt: afterId } } : {}, {
      orderBy: { id: 'asc' },
      limit: limit + 1,
    });
    return toPage(rows, limit, UserResponseDto.of);
  }
}

import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../database/account-scope';
import { toPage, type Page } from '../../../http/pagination';
import { User } from '../../domain/user';
import { UserResponseDto } from '../user.response.dto';
import { ListUsersQuery } from './list-users.query';

@QueryHandler(ListUsersQuery)
export class ListUsersHandler implements IQueryHandler<ListUsersQuery> {
  constructor(private readonly scope: AccountScope) {}

  async execute({ accountId, limit, afterId }: ListUsersQuery): Promise<Page<UserResponseDto>> {
    const rows = await this.scope.read(accountId, (em) =>
      em.find(User, afterId ? { id: { $gt: afterId } } : {}, { orderBy: { id: 'asc' }, limit: limit + 1 }),
    );
    return toPage(rows, limit, UserResponseDto.of);
  }
}

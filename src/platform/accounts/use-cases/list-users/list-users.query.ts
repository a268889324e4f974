import { Query } from '@nestjs/cqrs';
import type { Page } from '../../../http/pagination';
import type { UserResponseDto } from '../user.response.dto';

export class ListUsersQuery extends Query<Page<UserResponseDto>> {
  constructor(
    readonly accountId: string,
    readonly limit: number,
    readonly afterId?: string,
  ) {
    super();
  }
}

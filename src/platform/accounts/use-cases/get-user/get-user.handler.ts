import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../database/account-scope';
import { AccountsErrors } from '../../accounts.errors';
import { User } from '../../domain/user';
import { UserResponseDto } from '../user.response.dto';
import { GetUserQuery } from './get-user.query';

@QueryHandler(GetUserQuery)
export class GetUserHandler implements IQueryHandler<GetUserQuery> {
  constructor(private readonly scope: AccountScope) {}

  async execute({ accountId, userId }: GetUserQuery): Promise<UserResponseDto> {
    const user = await this.scope.read(accountId, (em) => em.findOne(User, { id: userId }));
    if (!user) throw AccountsErrors.userNotFound();
    return UserResponseDto.of(user);
  }
}

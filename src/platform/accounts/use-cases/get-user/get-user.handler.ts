import { EntityManager } from '@mikro-orm/postgresql';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccountsErrors } from '../../accounts.errors';
import { User } from '../../domain/user';
import { UserResponseDto } from '../user.response.dto';
import { GetUserQuery } from './get-user.query';

@QueryHandler(GetUserQuery)
export class GetUserHandler implements IQueryHandler<GetUserQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ userId }: GetUserQuery): Promise<UserResponseDto> {
    const user = await this.em.findOne(User, { id: userId });
    if (!user) throw AccountsErrors.userNotFound();
    return UserResponseDto.of(user);
  }
}

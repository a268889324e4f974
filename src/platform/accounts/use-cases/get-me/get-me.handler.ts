import { EntityManager } from '@mikro-orm/postgresql';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { Account } from '../../domain/account';
import { User } from '../../domain/user';
import { UserResponseDto } from '../user.response.dto';
import { GetMeQuery } from './get-me.query';
import type { MeResponseDto } from './me.response.dto';

@QueryHandler(GetMeQuery)
export class GetMeHandler implements IQueryHandler<GetMeQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ principal }: GetMeQuery): Promise<MeResponseDto> {
    const account = await this.em.findOneOrFail(Account, { id: principal.accountId });
    const user = await this.em.findOneOrFail(User, { id: principal.userId });
    const { id, name, country, timezone } = account;
    return { account: { id, name, country, timezone }, user: UserResponseDto.of(user), authenticatedBy: principal.via };
  }
}

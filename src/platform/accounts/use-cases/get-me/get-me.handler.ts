import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../database/account-scope';
import { PlatformErrors } from '../../../errors/platform.errors';
import { Account } from '../../domain/account';
import { User } from '../../domain/user';
import { UserResponseDto } from '../user.response.dto';
import { GetMeQuery } from './get-me.query';
import type { MeResponseDto } from './me.response.dto';

@QueryHandler(GetMeQuery)
export class GetMeHandler implements IQueryHandler<GetMeQuery> {
  constructor(private readonly scope: AccountScope) {}

  execute({ accountId, userId, authenticatedBy }: GetMeQuery): Promise<MeResponseDto> {
    return this.scope.read(accountId, async (em) => {
      const account = await em.findOne(Account, { id: accountId });
      const user = await em.findOne(User, { id: userId });
      if (!account || !user) throw PlatformErrors.unauthenticated();
      const { id, name, country, timezone } = account;
      return { account: { id, name, country, timezone }, user: UserResponseDto.of(user), authenticatedBy };
    });
  }
}

import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../database/account-scope';
import { AccountsErrors } from '../../accounts.errors';
import { User } from '../../domain/user';
import { UserResponseDto } from '../user.response.dto';
import { ChangeUserRoleCommand } from './change-user-role.command';

@CommandHandler(ChangeUserRoleCommand)
export class ChangeUserRoleHandler implements ICommandHandler<ChangeUserRoleCommand> {
  constructor(private readonly scope: AccountScope) {}

  execute({ accountId, userId, role }: ChangeUserRoleCommand): Promise<UserResponseDto> {
    return this.scope.transaction(accountId, async (em) => {
      const user = await em.findOne(User, { id: userId });
      if (!user) throw AccountsErrors.userNotFound();
      user.changeRole(role);
      return UserResponseDto.of(user);
    });
  }
}

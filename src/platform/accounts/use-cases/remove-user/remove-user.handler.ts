import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../database/account-scope';
import { AccountsErrors } from '../../accounts.errors';
import { ApiKey } from '../../domain/api-key';
import { User } from '../../domain/user';
import { RemoveUserCommand } from './remove-user.command';

/** The user's API keys are revoked with them: a key never outlives its creator's place. */
@CommandHandler(RemoveUserCommand)
export class RemoveUserHandler implements ICommandHandler<RemoveUserCommand> {
  constructor(private readonly scope: AccountScope) {}

  execute({ accountId, byUserId, userId }: RemoveUserCommand): Promise<void> {
    return this.scope.transaction(accountId, async (em) => {
      const user = await em.findOne(User, { id: userId });
      if (!user) throw AccountsErrors.userNotFound();
      user.assertRemovable(byUserId);
      em.remove(user);
      const keys = await em.find(ApiKey, { createdByUserId: userId, revokedAt: null });
      for (const key of keys) key.revoke();
    });
  }
}

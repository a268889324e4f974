import { EntityManager } from '@mikro-orm/postgresql';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AccountsErrors } from '../../accounts.errors';
import { User } from '../../domain/user';
import { RemoveUserCommand } from './remove-user.command';

@CommandHandler(RemoveUserCommand)
export class RemoveUserHandler implements ICommandHandler<RemoveUserCommand> {
  constructor(private readonly em: EntityManager) {}

  async execute(command: RemoveUserCommand): Promise<void> {
    const user = await this.em.findOne(User, { id: command.userId });
    if (!user) throw AccountsErrors.userNotFound();
    user.assertRemovable(command.byUserId);
    await this.em.remove(user).flush();
  }
}

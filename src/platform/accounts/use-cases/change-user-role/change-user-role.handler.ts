import { EntityManager } from '@mikro-orm/postgresql';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AccountsErrors } from '../../accounts.errors';
import { User } from '../../domain/user';
import { UserResponseDto } from '../user.response.dto';
import { ChangeUserRoleCommand } from './change-user-role.command';

@CommandHandler(ChangeUserRoleCommand)
export class ChangeUserRoleHandler implements ICommandHandler<ChangeUserRoleCommand> {
  constructor(private readonly em: EntityManager) {}

  async execute(command: ChangeUserRoleCommand): Promise<UserResponseDto> {
    const user = await this.em.findOne(User, { id: command.userId });
    if (!user) throw AccountsErrors.userNotFound();
    user.changeRole(command.role);
    await this.em.flush();
    return UserResponseDto.of(user);
  }
}

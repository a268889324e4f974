import { UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { PasswordHasher } from '../../../auth/password-hasher';
import { AccountScope } from '../../../database/account-scope';
import { Outbox } from '../../../outbox/outbox';
import { AccountsErrors } from '../../accounts.errors';
import { normaliseEmail } from '../../domain/email-address';
import { User } from '../../domain/user';
import { UserAddedEvent } from '../../events/user-added.event';
import { UserResponseDto } from '../user.response.dto';
import { AddUserCommand } from './add-user.command';

/**
 * An email is a sign-in per account: only this account's users are compared with it (by the
 * unique index on account and email), so what other accounts hold is never told, nor timed.
 */
@CommandHandler(AddUserCommand)
export class AddUserHandler implements ICommandHandler<AddUserCommand> {
  constructor(
    private readonly scope: AccountScope,
    private readonly hasher: PasswordHasher,
    private readonly outbox: Outbox,
  ) {}

  async execute(command: AddUserCommand): Promise<UserResponseDto> {
    const passwordHash = await this.hasher.hash(command.password);
    const user = User.create({
      accountId: command.accountId,
      email: normaliseEmail(command.email),
      name: command.name,
      passwordHash,
      role: command.role,
    });
    try {
      await this.scope.transaction(command.accountId, async (em) => {
        em.persist(user);
        this.outbox.record(em, new UserAddedEvent(user.accountId, user.id, user.role));
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw AccountsErrors.emailTaken();
      throw error;
    }
    return UserResponseDto.of(user);
  }
}

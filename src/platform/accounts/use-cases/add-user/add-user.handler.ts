import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { PasswordHasher } from '../../../auth/password-hasher';
import { Outbox } from '../../../outbox/outbox';
import { AccountsErrors } from '../../accounts.errors';
import { normaliseEmail, User } from '../../domain/user';
import { UserAddedEvent } from '../../events/user-added.event';
import { UserResponseDto } from '../user.response.dto';
import { AddUserCommand } from './add-user.command';

@CommandHandler(AddUserCommand)
export class AddUserHandler implements ICommandHandler<AddUserCommand> {
  constructor(
    private readonly em: EntityManager,
    private readonly hasher: PasswordHasher,
    private readonly outbox: Outbox,
  ) {}

  async execute(command: AddUserCommand): Promise<UserResponseDto> {
    const email = normaliseEmail(command.email);
    if (await this.em.count(User, { email }, { filters: false })) throw AccountsErrors.emailTaken();
    const passwordHash = await this.hasher.hash(command.password);
    const user = User.create({
      accountId: command.accountId,
      email,
      name: command.name,
      passwordHash,
      role: command.role,
    });
    try {
      await this.em.transactional(async (tx) => {
        tx.persist(user);
        this.outbox.record(tx, new UserAddedEvent(user.accountId, user.id, user.role));
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw AccountsErrors.emailTaken();
      throw error;
    }
    return UserResponseDto.of(user);
  }
}

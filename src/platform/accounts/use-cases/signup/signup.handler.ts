import { UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { PasswordHasher } from '../../../auth/password-hasher';
import { AccountScope } from '../../../database/account-scope';
import { Outbox } from '../../../outbox/outbox';
import { AccountsErrors } from '../../accounts.errors';
import { Account } from '../../domain/account';
import { normaliseEmail } from '../../domain/email-address';
import { User } from '../../domain/user';
import { AccountCreatedEvent } from '../../events/account-created.event';
import { TokenIssuer } from '../../token-issuer';
import type { TokenResponseDto } from '../token.response.dto';
import { SignupCommand } from './signup.command';

/**
 * Creates an account: whether the email is taken is asked across accounts (an email signs in one
 * user among all of them); the new account and its owner are then written in that account's scope.
 * The password is hashed first, so a taken email answers no sooner than a free one.
 */
@CommandHandler(SignupCommand)
export class SignupHandler implements ICommandHandler<SignupCommand> {
  constructor(
    private readonly scope: AccountScope,
    private readonly hasher: PasswordHasher,
    private readonly outbox: Outbox,
    private readonly tokens: TokenIssuer,
  ) {}

  async execute(command: SignupCommand): Promise<TokenResponseDto> {
    const email = normaliseEmail(command.email);
    const passwordHash = await this.hasher.hash(command.password);
    const taken = await this.scope.acrossAccounts((em) => em.count(User, { email }, { filters: false }));
    if (taken) throw AccountsErrors.emailTaken();
    const account = Account.create({ name: command.accountName, country: command.country, timezone: command.timezone });
    const owner = User.create({ accountId: account.id, email, name: command.name, passwordHash, role: 'owner' });
    try {
      await this.scope.transaction(account.id, async (em) => {
        em.persist([account, owner]);
        this.outbox.record(em, new AccountCreatedEvent(account.id, account.name, owner.id));
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw AccountsErrors.emailTaken();
      throw error;
    }
    return { ...this.tokens.issue(owner), accountId: account.id, userId: owner.id };
  }
}

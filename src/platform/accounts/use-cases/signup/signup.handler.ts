import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { PasswordHasher } from '../../../auth/password-hasher';
import { AccountScope } from '../../../database/account-scope';
import { Outbox } from '../../../outbox/outbox';
import { Account } from '../../domain/account';
import { normaliseEmail } from '../../domain/email-address';
import { User } from '../../domain/user';
import { AccountCreatedEvent } from '../../events/account-created.event';
import { TokenIssuer } from '../../token-issuer';
import type { TokenResponseDto } from '../token.response.dto';
import { SignupCommand } from './signup.command';

/**
 * Creates an account and its owner. An email is a sign-in per account, so an email already used
 * elsewhere is no obstacle and nothing is looked up across accounts: signup says nothing about
 * which emails Settle knows, and takes as long whatever the email.
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
    const account = Account.create({ name: command.accountName, country: command.country, timezone: command.timezone });
    const owner = User.create({ accountId: account.id, email, name: command.name, passwordHash, role: 'owner' });
    await this.scope.transaction(account.id, async (em) => {
      em.persist([account, owner]);
      this.outbox.record(em, new AccountCreatedEvent(account.id, account.name, owner.id));
    });
    return { ...this.tokens.issue(owner), accountId: account.id, userId: owner.id };
  }
}

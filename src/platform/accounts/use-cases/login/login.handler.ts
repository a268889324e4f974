import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { PasswordHasher } from '../../../auth/password-hasher';
import { AccountScope } from '../../../database/account-scope';
import { AccountsErrors } from '../../accounts.errors';
import { Account } from '../../domain/account';
import { hasInvisibleCharacters, normaliseEmail } from '../../domain/email-address';
import { User } from '../../domain/user';
import { TokenIssuer } from '../../token-issuer';
import { LoginCommand } from './login.command';
import type { LoginResponseDto } from './login.response.dto';

/** A hash of nothing in particular, verified when the email is unknown so both paths take as long. */
const DECOY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$gGnZwoMTadsXC3gvB1fSYw$NTuDi1Aw3Cf6hLo5N9c/z7hKp5AYD7+zGu7XSZwLeLc';

/** More accounts than one person runs; the bound keeps a login's cost (one hash check each) bounded. */
const MAX_ACCOUNTS_PER_EMAIL = 20;

/**
 * An email is a sign-in per account, so before sign-in the account is not known: the users with
 * that email are found across accounts, and the password opens those whose hash it matches (each
 * user of each account set their own). The token is for the chosen account, or the oldest match.
 */
@CommandHandler(LoginCommand)
export class LoginHandler implements ICommandHandler<LoginCommand> {
  constructor(
    private readonly scope: AccountScope,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenIssuer,
  ) {}

  async execute(command: LoginCommand): Promise<LoginResponseDto> {
    const email = normaliseEmail(command.email);
    const candidates = hasInvisibleCharacters(email) ? [] : await this.findUsers(email, command.accountId);
    const opened = await this.usersOpenedBy(candidates, command.password);
    const [user] = opened;
    if (!user) throw AccountsErrors.invalidCredentials();
    return {
      ...this.tokens.issue(user),
      accountId: user.accountId,
      userId: user.id,
      accounts: await this.accountsOf(opened),
    };
  }

  private async usersOpenedBy(candidates: User[], password: string): Promise<User[]> {
    if (candidates.length === 0) {
      await this.hasher.verify(DECOY_HASH, password);
      return [];
    }
    const verdicts = await Promise.all(candidates.map((user) => this.hasher.verify(user.passwordHash, password)));
    return candidates.filter((_, index) => verdicts[index]);
  }

  /** No user's email holds an invisible character, so such an email is not looked up at all. */
  private findUsers(email: string, accountId: string | undefined): Promise<User[]> {
    const where = accountId ? { email, accountId } : { email };
    return this.scope.acrossAccounts((em) =>
      em.find(User, where, { filters: false, orderBy: { createdAt: 'asc', id: 'asc' }, limit: MAX_ACCOUNTS_PER_EMAIL }),
    );
  }

  private async accountsOf(users: User[]): Promise<{ id: string; name: string }[]> {
    const ids = users.map((user) => user.accountId);
    const accounts = await this.scope.acrossAccounts((em) =>
      em.find(Account, { id: { $in: ids } }, { filters: false }),
    );
    const names = new Map(accounts.map((account) => [account.id, account.name]));
    return ids.map((id) => ({ id, name: names.get(id) ?? '' }));
  }
}

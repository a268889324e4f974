import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { PasswordHasher } from '../../../auth/password-hasher';
import { AccountScope } from '../../../database/account-scope';
import { AccountsErrors } from '../../accounts.errors';
import { hasInvisibleCharacters, normaliseEmail } from '../../domain/email-address';
import { User } from '../../domain/user';
import { TokenIssuer } from '../../token-issuer';
import type { TokenResponseDto } from '../token.response.dto';
import { LoginCommand } from './login.command';

/** A hash of nothing in particular, verified when the email is unknown so both paths take as long. */
const DECOY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$gGnZwoMTadsXC3gvB1fSYw$NTuDi1Aw3Cf6hLo5N9c/z7hKp5AYD7+zGu7XSZwLeLc';

/** Before sign-in the account is not known: the user is found by email across accounts. */
@CommandHandler(LoginCommand)
export class LoginHandler implements ICommandHandler<LoginCommand> {
  constructor(
    private readonly scope: AccountScope,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenIssuer,
  ) {}

  async execute(command: LoginCommand): Promise<TokenResponseDto> {
    const email = normaliseEmail(command.email);
    const user = hasInvisibleCharacters(email) ? null : await this.findUser(email);
    const valid = await this.hasher.verify(user?.passwordHash ?? DECOY_HASH, command.password);
    if (!user || !valid) throw AccountsErrors.invalidCredentials();
    return { ...this.tokens.issue(user), accountId: user.accountId, userId: user.id };
  }

  /** No user's email holds an invisible character, so such an email is not looked up at all. */
  private findUser(email: string): Promise<User | null> {
    return this.scope.acrossAccounts((em) => em.findOne(User, { email }, { filters: false }));
  }
}

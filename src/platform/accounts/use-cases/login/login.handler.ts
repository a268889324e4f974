import { EntityManager } from '@mikro-orm/postgresql';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { PasswordHasher } from '../../../auth/password-hasher';
import { AccountsErrors } from '../../accounts.errors';
import { normaliseEmail, User } from '../../domain/user';
import { TokenIssuer } from '../../token-issuer';
import type { TokenResponseDto } from '../token.response.dto';
import { LoginCommand } from './login.command';

/** A hash of nothing in particular, verified when the email is unknown so both paths take as long. */
const DECOY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$gGnZwoMTadsXC3gvB1fSYw$NTuDi1Aw3Cf6hLo5N9c/z7hKp5AYD7+zGu7XSZwLeLc';

@CommandHandler(LoginCommand)
export class LoginHandler implements ICommandHandler<LoginCommand> {
  constructor(
    private readonly em: EntityManager,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenIssuer,
  ) {}

  async execute(command: LoginCommand): Promise<TokenResponseDto> {
    const user = await this.em.findOne(User, { email: normaliseEmail(command.email) }, { filters: false });
    const valid = await this.hasher.verify(user?.passwordHash ?? DECOY_HASH, command.password);
    if (!user || !valid) throw AccountsErrors.invalidCredentials();
    return { ...this.tokens.issue(user), accountId: user.accountId, userId: user.id };
  }
}

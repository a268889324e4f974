import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { authConfig } from '../config/settle.config';
import { User } from '../accounts/domain/user';
import { AccountScope } from '../database/account-scope';
import type { Principal, UserRole } from '../tenancy/principal';

export interface JwtClaims {
  sub: string;
  acc: string;
  role: UserRole;
}

/** Bearer JWTs; the user must still exist, so a removed user's tokens stop working at once. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(authConfig.KEY) config: ConfigType<typeof authConfig>,
    private readonly scope: AccountScope,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.jwtSecret,
      algorithms: ['HS256'],
    });
  }

  async validate(claims: JwtClaims): Promise<Principal | false> {
    const user = await this.scope.acrossAccounts((em) =>
      em.findOne(User, { id: claims.sub, accountId: claims.acc }, { filters: false }),
    );
    if (!user) return false;
    return { accountId: user.accountId, userId: user.id, role: user.role, via: 'jwt' };
  }
}

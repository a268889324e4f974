import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { PassportStrategy } from '@nestjs/passport';
import { isUUID } from 'class-validator';
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

/**
 * Bearer JWTs; the user must still exist, so a removed user's tokens stop working at once. The
 * claims are checked before they reach a query: a signed token is trusted to be ours, not to be
 * well formed.
 */
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

  async validate(claims: Partial<Record<keyof JwtClaims, unknown>>): Promise<Principal | false> {
    const { sub, acc } = claims;
    if (!isUuid(sub) || !isUuid(acc)) return false;
    const user = await this.scope.acrossAccounts((em) =>
      em.findOne(User, { id: sub, accountId: acc }, { filters: false }),
    );
    if (!user) return false;
    return { accountId: user.accountId, userId: user.id, role: user.role, via: 'jwt' };
  }
}

function isUuid(value: unknown): value is string {
  return typeof value === 'string' && isUUID(value, 'all');
}

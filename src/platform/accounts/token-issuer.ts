import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { JwtClaims } from '../auth/jwt.strategy';
import type { User } from './domain/user';

export interface IssuedToken {
  accessToken: string;
  tokenType: 'Bearer';
}

@Injectable()
export class TokenIssuer {
  constructor(private readonly jwt: JwtService) {}

  issue(user: User): IssuedToken {
    const claims: JwtClaims = { sub: user.id, acc: user.accountId, role: user.role };
    return { accessToken: this.jwt.sign(claims), tokenType: 'Bearer' };
  }
}

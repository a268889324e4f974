import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { PlatformErrors } from '../errors/platform.errors';
import type { Principal } from '../tenancy/principal';

/**
 * Limits the credential endpoints (login, signup, adding a user) per client address, and per
 * account once the caller is signed in, so one account cannot probe faster from many addresses.
 * A limited answer is Settle's own 429 problem with the standard `Retry-After` (seconds).
 */
@Injectable()
export class AuthThrottlerGuard extends ThrottlerGuard {
  protected override getTracker(request: Request): Promise<string> {
    const principal = request.user as Principal | undefined;
    return principal ? Promise.resolve(`account:${principal.accountId}`) : super.getTracker(request);
  }

  protected override throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(detail.timeToBlockExpire));
    throw PlatformErrors.rateLimited();
  }
}

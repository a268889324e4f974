import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PlatformErrors } from '../errors/platform.errors';
import type { Principal, UserRole } from '../tenancy/principal';
import { REQUIRED_ROLES } from './auth.decorators';

@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<UserRole[] | undefined>(REQUIRED_ROLES, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!roles) return true;
    const principal = context.switchToHttp().getRequest<{ user?: Principal }>().user;
    if (!principal || !roles.includes(principal.role)) {
      throw PlatformErrors.forbidden(`Only ${roles.join(' or ')} may do this`);
    }
    return true;
  }
}

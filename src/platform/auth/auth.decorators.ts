import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { Principal, UserRole } from '../tenancy/principal';

export const IS_PUBLIC = 'settle:public';
export const REQUIRED_ROLES = 'settle:roles';

/** Open to anyone: no token or key needed. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Only these roles may call it (the others get 403). */
export const Roles = (...roles: UserRole[]) => SetMetadata(REQUIRED_ROLES, roles);

/** The authenticated caller. */
export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal =>
    context.switchToHttp().getRequest<Request>().user as Principal,
);

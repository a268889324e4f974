import { applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiSecurity } from '@nestjs/swagger';
import { ApiProblems } from './api-problems.decorator';

export const BEARER_SCHEME = 'bearer';
export const API_KEY_SCHEME = 'api-key';

/** Marks a controller as needing a JWT or an API key, in the OpenAPI document. */
export function ApiAuthenticated() {
  return applyDecorators(ApiBearerAuth(BEARER_SCHEME), ApiSecurity(API_KEY_SCHEME), ApiProblems(401));
}

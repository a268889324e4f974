import type { Request, Response } from 'express';
import { ClsMiddleware } from 'nestjs-cls';
import { correlationIdFrom } from '../tenancy/correlation';

/**
 * Opens the CLS context of a request with its correlation id (the caller's X-Request-Id when sane)
 * and returns the id. Mounted with app.use so that it runs for every route, prefixed or not.
 */
export function correlationMiddleware(): ClsMiddleware {
  return new ClsMiddleware({
    generateId: true,
    idGenerator: (request: Request) => correlationIdFrom(request.header('x-request-id')),
    setup: (cls, _request: Request, response: Response) => {
      response.setHeader('X-Request-Id', cls.getId());
    },
  });
}

import { timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

function same(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Guards Settle's operator pages (the queue board shows every account's jobs, so no account role
 * is enough): HTTP Basic with ADMIN_USER / ADMIN_PASSWORD; without ADMIN_PASSWORD the pages are off.
 */
export function adminBasicAuth(user: string, password: string | undefined) {
  return (request: Request, response: Response, next: NextFunction): void => {
    if (!password) {
      response.status(404).type('text/plain').send('Not found');
      return;
    }
    const [scheme, encoded] = (request.header('authorization') ?? '').split(' ');
    const [givenUser, ...rest] = Buffer.from(encoded ?? '', 'base64')
      .toString('utf8')
      .split(':');
    if (scheme === 'Basic' && same(givenUser, user) && same(rest.join(':'), password)) {
      next();
      return;
    }
    response.setHeader('WWW-Authenticate', 'Basic realm="Settle admin", charset="UTF-8"');
    response.status(401).type('text/plain').send('Authentication required');
  };
}

import { timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { FailedAttempts } from '../auth/failed-attempts';

function same(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function tooMany(response: Response, seconds: number): void {
  response.setHeader('Retry-After', String(seconds));
  response.status(429).type('text/plain').send('Too many failed attempts; try again later');
}

/**
 * Guards Settle's operator pages (the queue board shows every account's jobs, so no account role
 * is enough): HTTP Basic with ADMIN_USER / ADMIN_PASSWORD; without ADMIN_PASSWORD the pages are off.
 * Failures are throttled per client like the login: past the limit every attempt is a 429 until
 * the window ends, so the password cannot be guessed at speed. Without Redis to count, it fails
 * closed with a 503.
 */
export function adminBasicAuth(user: string, password: string | undefined, failures: FailedAttempts) {
  const check = async (request: Request, response: Response, next: NextFunction): Promise<void> => {
    if (!password) {
      response.status(404).type('text/plain').send('Not found');
      return;
    }
    const authorization = request.header('authorization');
    const client = request.ip ?? 'unknown';
    const wait = await failures.waitFor(client);
    if (wait > 0) {
      tooMany(response, wait);
      return;
    }
    const [scheme, encoded] = (authorization ?? '').split(' ');
    const [givenUser, ...rest] = Buffer.from(encoded ?? '', 'base64')
      .toString('utf8')
      .split(':');
    if (scheme === 'Basic' && same(givenUser, user) && same(rest.join(':'), password)) {
      next();
      return;
    }
    // A browser's first request carries no credentials: only a wrong answer counts as a failure.
    if (authorization) await failures.record(client);
    response.setHeader('WWW-Authenticate', 'Basic realm="Settle admin", charset="UTF-8"');
    response.status(401).type('text/plain').send('Authentication required');
  };
  return (request: Request, response: Response, next: NextFunction): void => {
    check(request, response, next).catch(() => {
      if (!response.headersSent) response.status(503).type('text/plain').send('Sign-in is unavailable; try again soon');
    });
  };
}

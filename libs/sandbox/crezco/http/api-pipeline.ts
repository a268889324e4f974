import { randomUUID } from 'node:crypto';
import { json, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { CREZCO_KEY_HEADER } from '../../../crezco';
import type { SandboxContext } from '../sandbox-context';
import { CrezcoApiError, crezcoErrors } from './crezco-error';

/** Keeps every API request with the status it got, for `admin.requests()`. */
export function recordRequests(ctx: SandboxContext): RequestHandler {
  return (req, res, next) => {
    const path = req.originalUrl.split('?')[0];
    res.on('finish', () =>
      ctx.requests.push({ method: req.method, path, status: res.statusCode, at: new Date().toISOString() }),
    );
    next();
  };
}

/** A failure the admin queued answers before anything else runs (a cut connection answers nothing). */
export function forcedFailures(ctx: SandboxContext): RequestHandler {
  return (req, res, next) => {
    const forced = ctx.failures.take(req.method, req.originalUrl.split('?')[0]);
    if (!forced) return next();
    if (forced.kind === 'connection_reset') {
      req.socket.destroy();
      return;
    }
    next(forced.error);
  };
}

/** `X-Crezco-Key` must be the partner's key (V); the status and body of a refusal are inferred. */
export function authenticate(ctx: SandboxContext): RequestHandler {
  return (req, _res, next) => {
    const key = req.get(CREZCO_KEY_HEADER);
    if (key !== ctx.settings.apiKey) return next(crezcoErrors.unauthorized(ctx.settings.authFailureStatus));
    next();
  };
}

export const jsonBody: RequestHandler = json({ limit: '1mb', strict: false });

/** Any error as Crezco's problem-details JSON; a body that is not JSON is a 400. */
export function crezcoErrorHandler(ctx: SandboxContext) {
  return (error: unknown, _req: Request, res: Response, next: NextFunction): void => {
    if (res.headersSent) return next(error);
    const known =
      error instanceof CrezcoApiError
        ? error
        : (error as { type?: string }).type === 'entity.parse.failed'
          ? crezcoErrors.badJson()
          : crezcoErrors.server(500);
    res
      .status(known.status)
      .set(known.headers)
      .type('application/problem+json')
      .send(JSON.stringify(known.body(ctx.settings.errorDetailKey, randomUUID())));
  };
}

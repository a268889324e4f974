import { json, Router, type ErrorRequestHandler, type Request, type Response } from 'express';

/** The JSON body of an admin request, as the knob it sets (the admin API trusts its caller's shapes). */
export function body<T>(req: Request): T {
  return (req.body ?? {}) as T;
}

export function param(req: Request, name: string): string {
  return String(req.params[name]);
}

/** A query string value, when given once. */
export function query(req: Request, name: string): string | undefined {
  const value = req.query[name];
  return typeof value === 'string' ? value : undefined;
}

export function noContent(res: Response): void {
  res.status(204).end();
}

/** A router for a sandbox's /admin endpoint, reading JSON bodies up to `bodyLimit` (express's default 100kb). */
export function adminRouter(bodyLimit = '100kb'): Router {
  const router = Router();
  router.use(json({ limit: bodyLimit }));
  return router;
}

/** "No such thing" errors (their message starts with `No `) are 404s. */
export function notFoundWhenNo(message: string): number {
  return message.startsWith('No ') ? 404 : 400;
}

/** A knob used wrongly is the caller's mistake: `{error}` with 400, or the status `statusOf` gives the message. */
export function adminErrors(statusOf: (message: string) => number = () => 400): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    res.status(statusOf(message)).json({ error: message });
  };
}

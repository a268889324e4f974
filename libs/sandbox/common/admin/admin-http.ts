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

/** What a sandbox admin with a webhook delivery log offers. */
export interface WebhookLogAdmin {
  webhookDeliveries(): unknown[];
  clearWebhookDeliveries(): void;
  flushWebhooks(): Promise<void>;
}

/** GET|DELETE /webhooks/deliveries and POST /webhooks/flush. */
export function webhookLogRoutes(router: Router, admin: WebhookLogAdmin): void {
  router.get('/webhooks/deliveries', (_req, res) => res.json(admin.webhookDeliveries()));
  router.delete('/webhooks/deliveries', (_req, res) => {
    admin.clearWebhookDeliveries();
    noContent(res);
  });
  router.post('/webhooks/flush', async (_req, res) => {
    await admin.flushWebhooks();
    noContent(res);
  });
}

/** What a sandbox admin that fails API requests on demand, and records them, offers. */
export interface ApiTroubleAdmin<Failure> {
  failNext(failure: Failure): void;
  clearFailures(): void;
  requests(): unknown[];
}

/** POST|DELETE /failures and GET /requests. */
export function apiTroubleRoutes<Failure>(router: Router, admin: ApiTroubleAdmin<Failure>): void {
  router.post('/failures', (req, res) => {
    admin.failNext(body<Failure>(req));
    noContent(res);
  });
  router.delete('/failures', (_req, res) => {
    admin.clearFailures();
    noContent(res);
  });
  router.get('/requests', (_req, res) => res.json(admin.requests()));
}

import type { Express, NextFunction, Request, Response } from 'express';
import { noRoute, sandboxExpress } from '../common/sandbox-app';
import { ADMIN_PATH, adminRoutes } from './admin/admin.routes';
import type { SandboxAdmin } from './admin/sandbox-admin';
import { phoneRoutes } from './phones/phone.routes';
import type { SandboxContext } from './sandbox-context';
import { sendSmsRoute } from './sms/send-sms.route';

/** A body that cannot be parsed is a 400 (the SDK never sends one); anything else a 500. */
function failed(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent) {
    next(error);
    return;
  }
  const status = (error as { status?: number }).status === 400 ? 400 : 500;
  res.status(status).json({ error: error instanceof Error ? error.message : String(error) });
}

/** The whole simulator as one Express app: the SMS API, the phone pages and /admin. */
export function createSandboxApp(ctx: SandboxContext, admin: SandboxAdmin): Express {
  const app = sandboxExpress();
  app.use(sendSmsRoute(ctx));
  app.use(phoneRoutes(ctx));
  app.use(ADMIN_PATH, adminRoutes(admin));
  app.use(noRoute);
  app.use(failed);
  return app;
}

import express, { json, type Express } from 'express';
import { sandboxExpress } from '../common/sandbox-app';
import { ADMIN_PATH, adminRoutes } from './admin/admin.routes';
import type { QuickBooksUser } from './admin/quickbooks-user';
import type { SandboxAdmin } from './admin/sandbox-admin';
import { authenticate, chaos, rateLimit } from './api/api-guards';
import { cdcRoute } from './api/cdc.route';
import { entityRoutes } from './api/entity.routes';
import { exchangeRateRoute } from './api/exchange-rate.route';
import { queryRoute } from './api/query.route';
import { faults } from './faults';
import { faultHandler } from './http/fault-handler';
import { intuitTid } from './http/intuit-tid';
import { authorizeRoute } from './oauth/authorize.route';
import { revokeRoute } from './oauth/revoke.route';
import { tokenRoute } from './oauth/token.route';
import { userInfoRoute } from './oauth/userinfo.route';
import type { SandboxContext } from './sandbox-context';

export const ACCOUNTING_PATH = '/v3/company/:realmId';

/** The whole simulator as one Express app: OAuth endpoints, the Accounting API and /admin. */
export function createSandboxApp(ctx: SandboxContext, admin: SandboxAdmin, user: QuickBooksUser): Express {
  const app = sandboxExpress();
  app.use(intuitTid);
  app.use(authorizeRoute(ctx), tokenRoute(ctx), revokeRoute(ctx), userInfoRoute(ctx));
  app.use(ADMIN_PATH, adminRoutes(admin, user));

  const accounting = express.Router({ mergeParams: true });
  accounting.use(authenticate(ctx), rateLimit(ctx), chaos(ctx));
  accounting.use(json({ limit: '10mb', type: ['application/json', 'application/*+json'] }));
  accounting.use(queryRoute(), cdcRoute(), exchangeRateRoute(), entityRoutes(ctx));
  app.use(ACCOUNTING_PATH, accounting);

  app.use((req) => {
    throw faults.notFound(req.path);
  });
  app.use(faultHandler);
  return app;
}

import { Router, type Express } from 'express';
import { noRoute, sandboxExpress } from '../common/sandbox-app';
import { ADMIN_PATH, adminRoutes } from './admin/admin.routes';
import type { SandboxAdmin } from './admin/sandbox-admin';
import { checkoutPageRoutes } from './checkout/checkout-page.routes';
import { sessionRoutes } from './checkout/sessions.routes';
import { accountRoutes } from './connect/accounts.routes';
import { authorizeRoute } from './connect/authorize.route';
import { tokenRoutes } from './connect/token.routes';
import { eventRoutes } from './events/events.routes';
import {
  authenticate,
  formParams,
  idempotency,
  stripeErrorHandler,
  stripeHeaders,
  throttle,
} from './http/api-pipeline';
import { stripeErrors } from './http/stripe-error';
import { paymentRoutes } from './payments/payments.routes';
import type { SandboxContext } from './sandbox-context';

export const API_PATH = '/v1';

/** The whole simulator as one Express app: the API, Connect OAuth, the hosted pages and /admin. */
export function createSandboxApp(ctx: SandboxContext, admin: SandboxAdmin): Express {
  const app = sandboxExpress();

  const api = Router();
  api.use(stripeHeaders(ctx), formParams, authenticate(ctx), throttle(ctx), idempotency(ctx));
  api.use(sessionRoutes(ctx), paymentRoutes(ctx), accountRoutes(ctx), eventRoutes(ctx));
  api.use((req) => {
    throw stripeErrors.notFound(req.method, req.originalUrl.split('?')[0]);
  });
  api.use(stripeErrorHandler);
  app.use(API_PATH, api);

  app.use(authorizeRoute(ctx), tokenRoutes(ctx), checkoutPageRoutes(ctx));
  app.use(ADMIN_PATH, adminRoutes(admin));
  app.use(noRoute);
  return app;
}

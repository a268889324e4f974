import { Router, type Express } from 'express';
import { noRoute, sandboxExpress } from '../common/sandbox-app';
import { ADMIN_PATH, adminRoutes } from './admin/admin.routes';
import type { SandboxAdmin } from './admin/sandbox-admin';
import { authenticate, crezcoErrorHandler, forcedFailures, jsonBody, recordRequests } from './http/api-pipeline';
import { crezcoErrors } from './http/crezco-error';
import { journeyRoutes } from './journey/journey.routes';
import { payDemandRoutes } from './pay-demands/pay-demands.routes';
import { paymentRoutes } from './payments/payments.routes';
import type { SandboxContext } from './sandbox-context';
import { onboardingRoutes } from './users/onboarding.routes';
import { userRoutes } from './users/users.routes';
import { webhookRoutes } from './webhooks/webhooks.routes';

export const API_PATH = '/v1';

/** The whole simulator as one Express app: the API, onboarding, the payer's pages and /admin. */
export function createSandboxApp(ctx: SandboxContext, admin: SandboxAdmin): Express {
  const app = sandboxExpress();

  const api = Router();
  api.use(recordRequests(ctx), forcedFailures(ctx), authenticate(ctx), jsonBody);
  api.use(userRoutes(ctx), payDemandRoutes(ctx), paymentRoutes(ctx), webhookRoutes(ctx));
  api.use((req) => {
    throw crezcoErrors.noRoute(req.method, req.originalUrl.split('?')[0]);
  });
  api.use(crezcoErrorHandler(ctx));
  app.use(API_PATH, api);

  app.use(onboardingRoutes(ctx), journeyRoutes(ctx));
  app.use(ADMIN_PATH, adminRoutes(admin));
  app.use(noRoute);
  return app;
}

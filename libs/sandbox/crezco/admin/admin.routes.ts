import type { Router } from 'express';
import {
  adminErrors,
  adminRouter,
  apiTroubleRoutes,
  body,
  noContent,
  notFoundWhenNo,
  param,
  webhookLogRoutes,
} from '../../common/admin/admin-http';
import { isCrezcoPaymentStatus } from '../../../crezco';
import type { NewUser } from '../users/users';
import type { ReleaseOrder, WebhookMischief } from '../webhooks/webhook-dispatcher';
import type { ForgedWebhook, PayOptions, RuntimeSettings, SandboxAdmin } from './sandbox-admin';

export const ADMIN_PATH = '/admin';

/**
 * JSON admin endpoint mirroring SandboxAdmin, under /admin (no key needed):
 *   GET  /admin/users                 POST /admin/users {displayName, firstName, lastName, eMail}
 *   DELETE /admin/users/:id
 *   GET  /admin/pay-demands           GET /admin/pay-demands/:id
 *   POST /admin/pay-demands/:id/pay {decision: approve|cancel|fail|deny|decline, bankId}
 *   GET  /admin/payments?payDemandId= GET /admin/payments/:id
 *   POST /admin/payments/:id/advance {status}
 *   GET|PUT /admin/config {currencies, payDemandResponse, statusTimings, completedStatusCode, …}
 *   GET  /admin/webhooks/subscriptions   POST /admin/webhooks/subscriptions {callback, eventType}
 *   GET|PUT /admin/webhooks {duplicate, drop, delayMs, hold}
 *   GET  /admin/webhooks/held         POST /admin/webhooks/release {order: fifo|reverse|shuffle}
 *   POST /admin/webhooks/forge {eventType, paymentId, payDemandId, partnerMetadata, url}
 *   GET|DELETE /admin/webhooks/deliveries   GET /admin/webhooks/dropped   POST /admin/webhooks/flush
 *   GET  /admin/webhooks/scheduled
 *   POST /admin/failures {status, count, pathPrefix, method, retryAfterSeconds}   DELETE /admin/failures
 *   GET  /admin/requests              POST /admin/reset
 */
export function adminRoutes(admin: SandboxAdmin): Router {
  const router = adminRouter('1mb');

  router.get('/users', (_req, res) => res.json(admin.users()));
  router.post('/users', (req, res) => res.status(201).json(admin.createUser(body<NewUser>(req))));
  router.delete('/users/:id', (req, res) => {
    admin.removeUser(param(req, 'id'));
    noContent(res);
  });

  router.get('/pay-demands', (_req, res) => res.json(admin.payDemands()));
  router.get('/pay-demands/:id', (req, res) => res.json(admin.payDemand(param(req, 'id'))));
  router.post('/pay-demands/:id/pay', (req, res) => res.json(admin.pay(param(req, 'id'), body<PayOptions>(req))));

  router.get('/payments', (req, res) =>
    res.json(admin.payments(typeof req.query.payDemandId === 'string' ? req.query.payDemandId : undefined)),
  );
  router.get('/payments/:id', (req, res) => res.json(admin.payment(param(req, 'id'))));
  router.post('/payments/:id/advance', (req, res) => {
    const status = String(body<{ status?: unknown }>(req).status);
    if (!isCrezcoPaymentStatus(status)) throw new Error(`Unknown status ${status}`);
    res.json(admin.advance(param(req, 'id'), status));
  });

  router.get('/config', (_req, res) => res.json(admin.config()));
  router.put('/config', (req, res) => res.json(admin.configure(body<RuntimeSettings>(req))));

  router.get('/webhooks/subscriptions', (_req, res) => res.json(admin.subscriptions()));
  router.post('/webhooks/subscriptions', (req, res) => {
    const { callback, eventType } = body<{ callback?: string; eventType?: string }>(req);
    res.status(201).json(admin.subscribe(String(callback), eventType));
  });
  router.get('/webhooks', (_req, res) => res.json(admin.webhookMischief()));
  router.put('/webhooks', (req, res) => res.json(admin.configureWebhooks(body<Partial<WebhookMischief>>(req))));
  router.get('/webhooks/held', (_req, res) => res.json(admin.heldWebhooks()));
  router.post('/webhooks/release', async (req, res) =>
    res.json({ released: await admin.releaseWebhooks(body<{ order?: ReleaseOrder }>(req).order) }),
  );
  router.post('/webhooks/forge', async (req, res) => res.json(await admin.forgeWebhook(body<ForgedWebhook>(req))));
  webhookLogRoutes(router, admin);
  router.get('/webhooks/dropped', (_req, res) => res.json(admin.droppedWebhooks()));
  router.get('/webhooks/scheduled', (_req, res) => res.json({ scheduled: admin.scheduledWebhooks() }));

  apiTroubleRoutes(router, admin);
  router.post('/reset', (_req, res) => {
    admin.reset();
    noContent(res);
  });

  router.use(adminErrors(notFoundWhenNo));
  return router;
}

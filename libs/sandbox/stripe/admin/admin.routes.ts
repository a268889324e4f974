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
import type { AsyncOutcome } from '../checkout/checkout-service';
import type { NewAccountSettings } from '../store/accounts';
import type { ReleaseOrder } from '../webhooks/webhook-dispatcher';
import type { AccountUpdate, PayOptions, SandboxAdmin, WebhookConfig } from './sandbox-admin';

export const ADMIN_PATH = '/admin';

/**
 * JSON admin endpoint mirroring SandboxAdmin, under /admin:
 *   GET  /admin/accounts                      GET /admin/accounts/:id
 *   PUT  /admin/new-account {businessName, country, defaultCurrency, chargesEnabled, detailsSubmitted, email}
 *   POST /admin/accounts/:id {chargesEnabled, detailsSubmitted, businessName}   POST /admin/accounts/:id/revoke
 *   GET  /admin/sessions                      GET /admin/sessions/:id
 *   POST /admin/sessions/:id/pay {card?, delayed?, email?, name?}
 *   POST /admin/sessions/:id/settle {outcome: succeeded|failed}   POST /admin/sessions/:id/expire
 *   GET  /admin/payment_intents/:id           GET /admin/charges/:id
 *   POST /admin/payment_intents/:id/refund {amount?}
 *   GET  /admin/events?type=                  GET /admin/events/:id
 *   POST /admin/events/:id/redeliver {forgeSignature?}
 *   GET|PUT /admin/webhooks {url, secret, retryDelaysMs, timeoutMs, duplicateNext, forgeNext, delayMs, holding}
 *   POST /admin/webhooks/hold                 GET /admin/webhooks/held
 *   POST /admin/webhooks/release {order: fifo|reverse|shuffle}
 *   GET|DELETE /admin/webhooks/deliveries     POST /admin/webhooks/flush   GET /admin/webhooks/scheduled
 *   POST /admin/failures {kind, count, shouldRetry, pathPrefix}   DELETE /admin/failures
 *   PUT  /admin/rate-limit {perSecond}        POST /admin/idempotency/prune
 *   GET  /admin/requests                      POST /admin/reset
 */
export function adminRoutes(admin: SandboxAdmin): Router {
  const router = adminRouter('10mb');

  router.get('/accounts', (_req, res) => res.json(admin.accounts()));
  router.get('/accounts/:id', (req, res) => res.json(admin.account(param(req, 'id'))));
  router.put('/new-account', (req, res) =>
    res.json(admin.setNewAccountDefaults(body<Partial<NewAccountSettings>>(req))),
  );
  router.post('/accounts/:id', (req, res) => res.json(admin.updateAccount(param(req, 'id'), body<AccountUpdate>(req))));
  router.post('/accounts/:id/revoke', (req, res) => {
    admin.revokeAccount(param(req, 'id'));
    noContent(res);
  });

  router.get('/sessions', (_req, res) => res.json(admin.sessions()));
  router.get('/sessions/:id', (req, res) => res.json(admin.session(param(req, 'id'))));
  router.post('/sessions/:id/pay', (req, res) => res.json(admin.pay(param(req, 'id'), body<PayOptions>(req))));
  router.post('/sessions/:id/settle', (req, res) =>
    res.json(admin.settleAsync(param(req, 'id'), body<{ outcome: AsyncOutcome }>(req).outcome)),
  );
  router.post('/sessions/:id/expire', (req, res) => res.json(admin.expireSession(param(req, 'id'))));

  router.get('/payment_intents/:id', (req, res) => res.json(admin.paymentIntent(param(req, 'id'))));
  router.get('/charges/:id', (req, res) => res.json(admin.charge(param(req, 'id'))));
  router.post('/payment_intents/:id/refund', (req, res) =>
    res.json(admin.refund(param(req, 'id'), body<{ amount?: number }>(req).amount)),
  );

  router.get('/events', (req, res) =>
    res.json(admin.events(typeof req.query.type === 'string' ? req.query.type : undefined)),
  );
  router.get('/events/:id', (req, res) => res.json(admin.event(param(req, 'id'))));
  router.post('/events/:id/redeliver', async (req, res) =>
    res.json(await admin.redeliver(param(req, 'id'), body<{ forgeSignature?: boolean }>(req))),
  );

  router.get('/webhooks', (_req, res) => res.json(admin.webhookConfig()));
  router.put('/webhooks', (req, res) => res.json(admin.configureWebhooks(body<WebhookConfig>(req))));
  router.post('/webhooks/hold', (_req, res) => {
    admin.holdWebhooks();
    noContent(res);
  });
  router.get('/webhooks/held', (_req, res) => res.json(admin.heldEvents()));
  router.post('/webhooks/release', async (req, res) =>
    res.json({ released: await admin.releaseWebhooks(body<{ order?: ReleaseOrder }>(req).order) }),
  );
  webhookLogRoutes(router, admin);
  router.get('/webhooks/scheduled', (_req, res) => res.json({ scheduled: admin.scheduledWebhooks() }));

  apiTroubleRoutes(router, admin);
  router.put('/rate-limit', (req, res) => {
    admin.setRequestsPerSecond(Number(body<{ perSecond?: number }>(req).perSecond ?? 0));
    noContent(res);
  });
  router.post('/idempotency/prune', (_req, res) => {
    admin.pruneIdempotencyKeys();
    noContent(res);
  });
  router.post('/reset', (_req, res) => {
    admin.reset();
    noContent(res);
  });

  router.use(adminErrors(notFoundWhenNo));
  return router;
}

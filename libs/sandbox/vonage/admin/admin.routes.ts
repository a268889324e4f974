import type { Router } from 'express';
import { adminErrors, adminRouter, body, noContent, param, query } from '../../common/admin/admin-http';
import type { InjectInbound } from '../inbound/inbound-injector';
import type { SetReceipts } from '../receipts/receipt-rules';
import type { ReceiptOverride } from '../receipts/receipt-sender';
import type { ForceStatus } from '../sms/forced-statuses';
import type { WebhookKind } from '../webhooks/webhook-dispatcher';
import type { SandboxAdmin, SandboxConfig } from './sandbox-admin';

export const ADMIN_PATH = '/admin';

/**
 * JSON admin endpoint for tests and demos, under /admin (mirrors `sandbox.admin`):
 *   GET  /admin/sent                          GET /admin/texts/:number
 *   GET|POST /admin/forced-statuses {status, to?, times?, errorText?}   DELETE /admin/forced-statuses[?to=]
 *   GET|PUT /admin/receipts {to?, outcome, errCode, delayMs, duplicate, accepted}
 *   POST /admin/receipts/:messageId/resend {status?, errCode?}
 *   POST /admin/inbound {from, to?, text, multipart?, reversed?} → 201 {messageIds}
 *   GET|DELETE /admin/deliveries[?kind=receipt|inbound]   POST /admin/webhooks/flush
 *   GET  /admin/webhooks/retries → {scheduled}
 *   GET|PUT /admin/config {deliveryReceiptUrl, inboundUrl, receiptFormat, inboundFormat, signWebhooks,
 *                          signatureMethod, retryDelaysMs, timeoutMs, throughputPerSecond, virtualNumbers}
 *   GET|PUT /admin/balance {balance}          POST /admin/reset
 */
export function adminRoutes(admin: SandboxAdmin): Router {
  const router = adminRouter();

  router.get('/sent', (_req, res) => res.json(admin.sent()));
  router.get('/texts/:number', (req, res) => res.json(admin.textsTo(param(req, 'number'))));

  router.get('/forced-statuses', (_req, res) => res.json(admin.forcedStatuses()));
  router.post('/forced-statuses', (req, res) => res.status(201).json(admin.forceStatus(body<ForceStatus>(req))));
  router.delete('/forced-statuses', (req, res) => {
    admin.clearForcedStatuses(query(req, 'to'));
    noContent(res);
  });

  router.get('/receipts', (_req, res) => res.json(admin.receiptSettings()));
  router.put('/receipts', (req, res) => res.json(admin.setReceipts(body<SetReceipts>(req))));
  router.post('/receipts/:messageId/resend', async (req, res) => {
    res.json(await admin.resendReceipt(param(req, 'messageId'), body<ReceiptOverride>(req)));
  });

  router.post('/inbound', async (req, res) => {
    res.status(201).json({ messageIds: await admin.injectInbound(body<InjectInbound>(req)) });
  });

  router.get('/deliveries', (req, res) => res.json(admin.deliveries(query(req, 'kind') as WebhookKind | undefined)));
  router.delete('/deliveries', (_req, res) => {
    admin.clearDeliveries();
    noContent(res);
  });
  router.get('/webhooks/retries', (_req, res) => res.json({ scheduled: admin.scheduledRetries() }));
  router.post('/webhooks/flush', async (_req, res) => {
    await admin.flushWebhooks();
    noContent(res);
  });

  router.get('/config', (_req, res) => res.json(admin.config()));
  router.put('/config', (req, res) => res.json(admin.configure(body<Partial<SandboxConfig>>(req))));
  router.get('/balance', (_req, res) => res.json({ balance: admin.balance() }));
  router.put('/balance', (req, res) =>
    res.json({ balance: admin.setBalance(String(body<{ balance?: unknown }>(req).balance)) }),
  );
  router.post('/reset', (_req, res) => {
    admin.reset();
    noContent(res);
  });

  router.use(adminErrors());
  return router;
}

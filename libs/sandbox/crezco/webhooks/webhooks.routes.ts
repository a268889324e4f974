import { Router } from 'express';
import { CREZCO_WEBHOOK_EVENT_TYPES, type CrezcoWebhookEventType } from '../../../crezco';
import { crezcoErrors } from '../http/crezco-error';
import type { SandboxContext } from '../sandbox-context';

function absoluteHttp(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/**
 * `POST /v1/webhooks` `{type, eventType, callback}` → the new id as a JSON string (V; 201 I; a
 * second identical registration 409, I), `GET /v1/webhooks`, `DELETE /v1/webhooks/{id}` (204 I).
 */
export function webhookRoutes(ctx: SandboxContext): Router {
  const router = Router();

  router.post('/webhooks', (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const errors: Record<string, string[]> = {};
    if (body.type !== 'Payment') errors.type = ['type must be Payment.'];
    const eventType = CREZCO_WEBHOOK_EVENT_TYPES.find((known) => known === body.eventType);
    if (!eventType) errors.eventType = [`eventType must be one of ${CREZCO_WEBHOOK_EVENT_TYPES.join(', ')}.`];
    if (!absoluteHttp(body.callback)) errors.callback = ['callback must be an absolute http(s) URL.'];
    if (Object.keys(errors).length > 0) throw crezcoErrors.validation(errors);
    const added = ctx.subscriptions.add({
      type: 'Payment',
      eventType: eventType as CrezcoWebhookEventType,
      callback: body.callback as string,
    });
    if (!added) throw crezcoErrors.conflict('A webhook with this type, eventType and callback already exists.');
    res.status(201).type('application/json').send(JSON.stringify(added.id));
  });

  router.get('/webhooks', (_req, res) => res.json(ctx.subscriptions.all()));

  router.delete('/webhooks/:webhookId', (req, res) => {
    if (!ctx.subscriptions.remove(req.params.webhookId)) throw crezcoErrors.notFound('Webhook', req.params.webhookId);
    res.status(204).end();
  });

  return router;
}

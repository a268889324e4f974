import { Router } from 'express';
import { callOf, causingRequestOf } from '../http/api-call';
import { expandIntent, INTENT_EXPANDABLE } from '../http/expand';
import { expandOf, metadataOf, onlyKnown, optionalInteger, optionalString } from '../http/params';
import { stripeErrors } from '../http/stripe-error';
import type { SandboxContext } from '../sandbox-context';
import { REFUND_REASONS } from './refund-service';

/** GET /v1/payment_intents/:id, GET /v1/charges/:id, POST /v1/refunds, GET /v1/refunds/:id. */
export function paymentRoutes(ctx: SandboxContext): Router {
  const router = Router();

  router.get('/payment_intents/:id', (req, res) => {
    const call = callOf(res);
    onlyKnown(call.params, ['expand', 'client_secret']);
    const expand = expandOf(call.params, INTENT_EXPANDABLE);
    const intent = ctx.ledger.paymentIntents.get(String(req.params.id), call.accountId, 'intent');
    res.json(expandIntent(ctx.ledger, intent, call.accountId, expand));
  });

  router.get('/charges/:id', (req, res) => {
    const call = callOf(res);
    onlyKnown(call.params, ['expand']);
    expandOf(call.params, []);
    res.json(ctx.ledger.charges.get(String(req.params.id), call.accountId, 'charge'));
  });

  router.post('/refunds', (_req, res) => {
    const call = callOf(res);
    const form = call.params;
    onlyKnown(form, ['payment_intent', 'charge', 'amount', 'reason', 'metadata', 'expand']);
    const reason = optionalString(form.reason, 'reason');
    if (reason !== undefined && !REFUND_REASONS.includes(reason))
      throw stripeErrors.invalidParam('reason', `Invalid reason: must be one of ${REFUND_REASONS.join(', ')}`);
    const refund = ctx.refunds.refund(
      call.accountId,
      {
        paymentIntentId: optionalString(form.payment_intent, 'payment_intent'),
        chargeId: optionalString(form.charge, 'charge'),
        amount: optionalInteger(form.amount, 'amount'),
        reason,
        metadata: metadataOf(form.metadata, 'metadata'),
      },
      causingRequestOf(res),
    );
    res.json(refund);
  });

  router.get('/refunds/:id', (req, res) => {
    const call = callOf(res);
    onlyKnown(call.params, ['expand']);
    res.json(ctx.ledger.refunds.get(String(req.params.id), call.accountId, 'refund'));
  });

  return router;
}

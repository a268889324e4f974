import { Router } from 'express';
import { callOf, causingRequestOf } from '../http/api-call';
import { expandSession, SESSION_EXPANDABLE } from '../http/expand';
import { expandOf, onlyKnown } from '../http/params';
import type { SandboxContext } from '../sandbox-context';
import { nowSeconds } from '../store/ids';
import { readSessionInput } from './session-params';

/** POST /v1/checkout/sessions, GET /v1/checkout/sessions/:id, POST /v1/checkout/sessions/:id/expire. */
export function sessionRoutes(ctx: SandboxContext): Router {
  const router = Router();

  router.post('/checkout/sessions', (_req, res) => {
    const call = callOf(res);
    const input = readSessionInput(call.params, nowSeconds());
    expandOf({ expand: input.expand }, SESSION_EXPANDABLE);
    const session = ctx.checkout.create(call.accountId, input, nowSeconds());
    res.json(expandSession(ctx.ledger, session, call.accountId, input.expand));
  });

  router.get('/checkout/sessions/:id', (req, res) => {
    const call = callOf(res);
    onlyKnown(call.params, ['expand']);
    const expand = expandOf(call.params, SESSION_EXPANDABLE);
    const session = ctx.ledger.sessions.get(String(req.params.id), call.accountId, 'session');
    res.json(expandSession(ctx.ledger, session, call.accountId, expand));
  });

  router.post('/checkout/sessions/:id/expire', (req, res) => {
    const call = callOf(res);
    onlyKnown(call.params, ['expand']);
    const expand = expandOf(call.params, SESSION_EXPANDABLE);
    const session = ctx.checkout.expire(call.accountId, String(req.params.id), causingRequestOf(res));
    res.json(expandSession(ctx.ledger, session, call.accountId, expand));
  });

  return router;
}

import { Router } from 'express';
import { callOf } from '../http/api-call';
import { onlyKnown } from '../http/params';
import type { SandboxContext } from '../sandbox-context';

/** GET /v1/events/:id (on the account the event happened on: Connect events need Stripe-Account). */
export function eventRoutes(ctx: SandboxContext): Router {
  const router = Router();
  router.get('/events/:id', (req, res) => {
    const call = callOf(res);
    onlyKnown(call.params, ['expand']);
    res.json(ctx.events.events.get(String(req.params.id), call.accountId));
  });
  return router;
}

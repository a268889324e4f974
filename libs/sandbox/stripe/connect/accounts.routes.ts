import { Router } from 'express';
import { callOf } from '../http/api-call';
import { onlyKnown } from '../http/params';
import { stripeErrors } from '../http/stripe-error';
import type { SandboxContext } from '../sandbox-context';

/** GET /v1/account (the account acted on) and GET /v1/accounts/:id (the platform's connected accounts). */
export function accountRoutes(ctx: SandboxContext): Router {
  const router = Router();

  router.get('/account', (_req, res) => {
    const call = callOf(res);
    onlyKnown(call.params, ['expand']);
    res.json(ctx.accounts.get(call.accountId)?.account);
  });

  router.get('/accounts/:id', (req, res) => {
    const call = callOf(res);
    onlyKnown(call.params, ['expand']);
    const id = String(req.params.id);
    const record = ctx.accounts.get(id);
    const visible = id === call.accountId || (call.accountId === ctx.accounts.platformId && record?.connected === true);
    if (!record || !visible) throw stripeErrors.accountInvalid(call.apiKey, id);
    res.json(record.account);
  });

  return router;
}

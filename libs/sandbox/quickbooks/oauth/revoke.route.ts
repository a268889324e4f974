import { json, Router } from 'express';
import type { SandboxContext } from '../sandbox-context';
import { authenticateClient } from './token.route';

export const REVOKE_PATH = '/v2/oauth2/tokens/revoke';

/** Revokes a connection given either of its tokens (JSON `{"token"}`, HTTP Basic client auth). */
export function revokeRoute(ctx: SandboxContext): Router {
  const router = Router();
  router.post(REVOKE_PATH, json(), (req, res) => {
    if (!authenticateClient(ctx, req, res)) return;
    const token = (req.body as { token?: unknown } | undefined)?.token;
    if (typeof token !== 'string' || token === '') {
      res.status(400).json({ error: 'invalid_request' });
      return;
    }
    ctx.oauth.revokeToken(token);
    ctx.oauthCalls.push({ endpoint: 'revoke', grantType: null, outcome: 'ok', at: new Date().toISOString() });
    res.status(200).end();
  });
  return router;
}

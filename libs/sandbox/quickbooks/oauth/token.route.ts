import { Router, urlencoded, type Request, type Response } from 'express';
import type { SandboxContext } from '../sandbox-context';
import { basicCredentials } from './client-auth';
import { idToken } from './id-token';
import { REFRESH_TOKEN_HARD_TTL_SECONDS, REFRESH_TOKEN_TTL_SECONDS, type IssuedTokens } from './oauth-store';

export const TOKEN_PATH = '/oauth2/v1/tokens/bearer';

function oauthError(res: Response, status: number, error: string, description?: string): void {
  res.status(status).json(description ? { error_description: description, error } : { error });
}

function note(ctx: SandboxContext, grantType: unknown, outcome: 'ok' | 'refused'): void {
  const grant = typeof grantType === 'string' ? grantType : null;
  ctx.oauthCalls.push({ endpoint: 'token', grantType: grant, outcome, at: new Date().toISOString() });
}

/** Checks the client's HTTP Basic credentials; answers 401 invalid_client when they are wrong. */
export function authenticateClient(ctx: SandboxContext, req: Request, res: Response): boolean {
  const credentials = basicCredentials(req);
  if (credentials?.clientId === ctx.options.clientId && credentials.clientSecret === ctx.options.clientSecret)
    return true;
  oauthError(res, 401, 'invalid_client');
  return false;
}

/**
 * Intuit's token endpoint: form-encoded `authorization_code` and `refresh_token` grants with HTTP
 * Basic client authentication. Errors are OAuth JSON bodies (`{"error":"invalid_grant"}`), not Faults.
 */
export function tokenRoute(ctx: SandboxContext): Router {
  const router = Router();
  router.post(TOKEN_PATH, urlencoded({ extended: false }), (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    if (!authenticateClient(ctx, req, res)) return;
    const body = (req.body ?? {}) as Record<string, unknown>;
    const grantType = body.grant_type;
    let issued: IssuedTokens | undefined;
    if (grantType === 'authorization_code') {
      if (typeof body.code !== 'string' || typeof body.redirect_uri !== 'string') {
        oauthError(res, 400, 'invalid_request');
        return;
      }
      issued = ctx.oauth.exchangeCode(body.code, ctx.options.clientId, body.redirect_uri);
      if (!issued) {
        note(ctx, grantType, 'refused');
        oauthError(res, 400, 'invalid_grant');
        return;
      }
    } else if (grantType === 'refresh_token') {
      if (typeof body.refresh_token !== 'string') {
        oauthError(res, 400, 'invalid_request');
        return;
      }
      issued = ctx.oauth.refresh(body.refresh_token, ctx.options.clientId);
      if (!issued) {
        note(ctx, grantType, 'refused');
        oauthError(res, 400, 'invalid_grant', 'Incorrect or invalid refresh token');
        return;
      }
    } else {
      oauthError(res, 400, 'unsupported_grant_type');
      return;
    }
    const hardRemaining = Math.floor(
      (issued.grant.createdAtMs + REFRESH_TOKEN_HARD_TTL_SECONDS * 1000 - Date.now()) / 1000,
    );
    const answer: Record<string, string | number> = {
      token_type: 'bearer',
      access_token: issued.accessToken,
      refresh_token: issued.refreshToken,
      expires_in: ctx.oauth.accessTokenTtl,
      x_refresh_token_expires_in: Math.min(REFRESH_TOKEN_TTL_SECONDS, hardRemaining),
    };
    if (issued.grant.scope.includes('openid')) {
      answer.id_token = idToken({
        clientId: ctx.options.clientId,
        clientSecret: ctx.options.clientSecret,
        subject: `sandbox-user-${issued.grant.realmId}`,
        realmId: issued.grant.realmId,
      });
    }
    if (req.headers['x-include-refresh-token-hard-expires-in'] === 'true')
      answer.x_refresh_token_hard_expires_in = hardRemaining;
    note(ctx, grantType, 'ok');
    res.json(answer);
  });
  return router;
}

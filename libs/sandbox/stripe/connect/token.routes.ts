import { Router, type Request, type Response } from 'express';
import { callOf } from '../http/api-call';
import { apiKeyOf, formParams, stripeHeaders } from '../http/api-pipeline';
import type { FormHash } from '../http/form-body';
import { maskKey } from '../http/stripe-error';
import type { SandboxContext } from '../sandbox-context';
import { disconnect } from './disconnect';
import type { Connection } from './oauth-store';

export const TOKEN_PATH = '/oauth/token';
export const DEAUTHORIZE_PATH = '/oauth/deauthorize';

/** Connect OAuth answers errors as `{error, error_description}` (the SDK maps them to StripeOAuthError). */
function oauthError(res: Response, status: number, error: string, description: string): void {
  res.status(status).json({ error, error_description: description });
}

function text(form: FormHash, name: string): string {
  const value = form[name];
  return typeof value === 'string' ? value : '';
}

/** The platform's secret key as Bearer (what stripe-node sends) or as `client_secret`. */
function platformKeyOk(ctx: SandboxContext, req: Request, form: FormHash, res: Response): boolean {
  const key = apiKeyOf(req) ?? text(form, 'client_secret');
  if (key === ctx.options.secretKey) return true;
  if (!key)
    oauthError(
      res,
      401,
      'invalid_client',
      'No authentication was provided. Send your secret API key using the Authorization header, or as a client_secret POST parameter.',
    );
  else oauthError(res, 401, 'invalid_client', `Invalid API Key provided: ${maskKey(key)}`);
  return false;
}

/**
 * POST /oauth/token (authorization_code and refresh_token grants) and POST /oauth/deauthorize, on
 * the same host as the API: stripe-node sends them to its `host` option when one is set.
 */
export function tokenRoutes(ctx: SandboxContext): Router {
  const router = Router();
  router.use([TOKEN_PATH, DEAUTHORIZE_PATH], stripeHeaders(ctx), formParams);

  const tokens = (connection: Connection) => ({
    access_token: connection.accessToken,
    livemode: false,
    refresh_token: connection.refreshToken,
    token_type: 'bearer',
    stripe_publishable_key: ctx.options.publishableKey,
    stripe_user_id: connection.accountId,
    scope: connection.scope,
  });

  router.post(TOKEN_PATH, (req, res) => {
    const form = callOf(res).params;
    if (!platformKeyOk(ctx, req, form, res)) return;
    const grantType = text(form, 'grant_type');
    if (!grantType) return oauthError(res, 400, 'invalid_request', 'No grant type specified');
    if (grantType === 'refresh_token') {
      const refreshToken = text(form, 'refresh_token');
      const connection = ctx.oauth.refresh(refreshToken);
      if (!connection) return oauthError(res, 400, 'invalid_grant', `Invalid refresh token: ${refreshToken}`);
      return res.json(tokens(connection));
    }
    if (grantType !== 'authorization_code')
      return oauthError(res, 400, 'unsupported_grant_type', `Unsupported grant type: ${grantType}`);
    const code = text(form, 'code');
    if (!code) return oauthError(res, 400, 'invalid_request', 'No authorization code provided');
    const exchange = ctx.oauth.exchange(code);
    if (!exchange.ok) {
      const description = {
        unknown: `Authorization code does not exist: ${code}`,
        used: `This authorization code has already been used. All tokens issued with this code have been revoked.`,
        expired: `Authorization code expired: ${code}`,
      }[exchange.reason];
      return oauthError(res, 400, 'invalid_grant', description);
    }
    res.json(tokens(exchange.connection));
  });

  router.post(DEAUTHORIZE_PATH, (req, res) => {
    const form = callOf(res).params;
    if (!platformKeyOk(ctx, req, form, res)) return;
    const clientId = text(form, 'client_id');
    if (clientId !== ctx.options.clientId)
      return oauthError(res, 401, 'invalid_client', `No such application: '${clientId}'`);
    const accountId = text(form, 'stripe_user_id');
    if (!accountId) return oauthError(res, 400, 'invalid_request', 'No stripe_user_id provided');
    const record = ctx.accounts.get(accountId);
    if (!record || record.platform || !record.connected)
      return oauthError(
        res,
        401,
        'invalid_client',
        `This application is not connected to stripe account ${accountId}, or that account does not exist.`,
      );
    disconnect(ctx, accountId);
    res.json({ stripe_user_id: accountId });
  });

  return router;
}

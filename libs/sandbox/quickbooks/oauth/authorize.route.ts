import { Router, urlencoded, type Request, type Response } from 'express';
import { authorizeRequestFrom, consentDecision, formField, redirectWith } from '../../common/oauth/authorize-request';
import type { SandboxContext } from '../sandbox-context';
import { consentPage, errorPage } from './consent-page';

export const AUTHORIZE_PATH = '/connect/oauth2';

const KNOWN_SCOPES = new Set([
  'com.intuit.quickbooks.accounting',
  'com.intuit.quickbooks.payment',
  'openid',
  'profile',
  'email',
  'phone',
  'address',
]);

function redirectAllowed(ctx: SandboxContext, redirectUri: string): boolean {
  if (ctx.options.redirectUris.length > 0) return ctx.options.redirectUris.includes(redirectUri);
  return /^https?:\/\//.test(redirectUri);
}

/**
 * Intuit's authorization page. GET shows the consent form (or decides at once with `approve=1` /
 * `decline=1`); POST takes the form's `decision`. Approving redirects with code, state and realmId;
 * declining with error=access_denied and state.
 */
export function authorizeRoute(ctx: SandboxContext): Router {
  const router = Router();

  const handle = (source: Record<string, unknown>, req: Request, res: Response) => {
    const params = authorizeRequestFrom(source);
    if (params.clientId !== ctx.options.clientId) {
      res.status(400).type('html').send(errorPage('invalid_client: the client_id is not known'));
      return;
    }
    if (!redirectAllowed(ctx, params.redirectUri)) {
      res.status(400).type('html').send(errorPage('invalid_request: the redirect_uri is not registered for this app'));
      return;
    }
    const base: Record<string, string> = params.state ? { state: params.state } : {};
    if (params.responseType !== 'code') {
      redirectWith(res, params.redirectUri, { error: 'unsupported_response_type', ...base });
      return;
    }
    const scopes = params.scope.split(/\s+/).filter(Boolean);
    if (scopes.length === 0 || scopes.some((s) => !KNOWN_SCOPES.has(s))) {
      redirectWith(res, params.redirectUri, { error: 'invalid_scope', ...base });
      return;
    }
    const companies = [...ctx.companies.values()];
    const hint = formField(source, 'realmId');
    const company = companies.find((c) => c.realmId === hint) ?? companies[0];
    if (!company) {
      res.status(400).type('html').send(errorPage('There is no QuickBooks company in this sandbox to connect'));
      return;
    }
    const decision = consentDecision(source);
    if (decision === 'decline') {
      redirectWith(res, params.redirectUri, { error: 'access_denied', ...base });
      return;
    }
    if (decision === 'approve') {
      const code = ctx.oauth.issueCode(ctx.options.clientId, company.realmId, scopes, params.redirectUri);
      redirectWith(res, params.redirectUri, { code, ...base, realmId: company.realmId });
      return;
    }
    res.type('html').send(consentPage(`${req.baseUrl}${AUTHORIZE_PATH}`, params, companies, company.realmId));
  };

  router.get(AUTHORIZE_PATH, (req, res) => handle(req.query as Record<string, unknown>, req, res));
  router.post(AUTHORIZE_PATH, urlencoded({ extended: false }), (req, res) =>
    handle(req.body as Record<string, unknown>, req, res),
  );
  return router;
}

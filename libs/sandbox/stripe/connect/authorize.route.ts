import { Router, urlencoded, type Request, type Response } from 'express';
import { authorizeRequestFrom, consentDecision, formField, redirectWith } from '../../common/oauth/authorize-request';
import { errorPage } from '../http/html';
import type { SandboxContext } from '../sandbox-context';
import type { AccountRecord, NewAccountSettings } from '../store/accounts';
import { consentPage } from './consent-page';
import type { Scope } from './oauth-store';

export const AUTHORIZE_PATH = '/oauth/authorize';

const SCOPES: readonly string[] = ['read_write', 'read_only'];

function redirectUriFor(ctx: SandboxContext, asked: string): string | undefined {
  const registered = ctx.options.redirectUris;
  if (!asked) return registered[0];
  if (registered.length > 0) return registered.includes(asked) ? asked : undefined;
  return /^https?:\/\//.test(asked) ? asked : undefined;
}

function settingsFrom(source: Record<string, unknown>, defaults: NewAccountSettings): NewAccountSettings {
  const charges = formField(source, 'charges_enabled');
  return {
    ...defaults,
    businessName: formField(source, 'business_name') || defaults.businessName,
    country: (formField(source, 'country') || defaults.country).toUpperCase(),
    defaultCurrency: (formField(source, 'default_currency') || defaults.defaultCurrency).toLowerCase(),
    email: formField(source, 'email') || defaults.email,
    chargesEnabled: charges ? charges === 'true' : defaults.chargesEnabled,
  };
}

/**
 * Connect OAuth's authorize page (connect.stripe.com/oauth/authorize). GET shows the consent form
 * (or decides at once with `approve=1` / `decline=1`); POST takes the form's `decision`. Approving
 * connects the chosen or a new account and redirects with `code`, `scope` and `state`; declining
 * redirects with `error=access_denied`.
 */
export function authorizeRoute(ctx: SandboxContext): Router {
  const router = Router();

  const handle = (source: Record<string, unknown>, req: Request, res: Response) => {
    const params = authorizeRequestFrom(source, 'read_only');
    if (params.clientId !== ctx.options.clientId) {
      res
        .status(400)
        .type('html')
        .send(errorPage(`No such application: '${params.clientId}'`));
      return;
    }
    const redirectUri = redirectUriFor(ctx, params.redirectUri);
    if (!redirectUri) {
      res
        .status(400)
        .type('html')
        .send(
          errorPage(
            `Invalid redirect URI '${params.redirectUri}'. Ensure this uri exactly matches one of the uris specified in your application settings.`,
          ),
        );
      return;
    }
    const state = params.state;
    if (params.responseType !== 'code') {
      redirectWith(
        res,
        redirectUri,
        {
          error: 'unsupported_response_type',
          error_description: `Unsupported response_type: ${params.responseType}`,
          state,
        },
        true,
      );
      return;
    }
    if (!SCOPES.includes(params.scope)) {
      redirectWith(
        res,
        redirectUri,
        {
          error: 'invalid_scope',
          error_description: `Invalid scope: ${params.scope}`,
          state,
        },
        true,
      );
      return;
    }
    const decision = consentDecision(source);
    if (decision === 'decline') {
      redirectWith(
        res,
        redirectUri,
        {
          error: 'access_denied',
          error_description: 'The user denied your request',
          state,
        },
        true,
      );
      return;
    }
    if (decision === 'approve') {
      const chosen = formField(source, 'account');
      const existing = chosen && chosen !== 'new' ? ctx.accounts.get(chosen) : undefined;
      const record: AccountRecord =
        existing && !existing.platform ? existing : ctx.accounts.create(settingsFrom(source, ctx.newAccount));
      record.connected = true;
      const code = ctx.oauth.issueCode(record.account.id, params.scope as Scope, redirectUri);
      redirectWith(res, redirectUri, { code, scope: params.scope, state }, true);
      return;
    }
    res
      .type('html')
      .send(
        consentPage(
          `${req.baseUrl}${AUTHORIZE_PATH}`,
          ctx.options.platformName,
          { ...params, redirectUri },
          ctx.accounts.connectedAccounts(),
          ctx.newAccount,
        ),
      );
  };

  router.get(AUTHORIZE_PATH, (req, res) => handle(req.query as Record<string, unknown>, req, res));
  router.post(AUTHORIZE_PATH, urlencoded({ extended: false }), (req, res) =>
    handle(req.body as Record<string, unknown>, req, res),
  );
  return router;
}

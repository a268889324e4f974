import { Router, urlencoded, type Request, type Response } from 'express';
import { errorPage } from '../http/html';
import type { SandboxContext } from '../sandbox-context';
import { consentPage } from './consent-page';

export const ONBOARDING_PATH = '/onboarding';

/** What a business sees when it declines (Crezco's wording unverified). */
export const DECLINED_MESSAGE = 'The user declined to connect their Crezco account.';

function text(source: Record<string, unknown>, name: string): string {
  const value = source[name];
  return typeof value === 'string' ? value.trim() : '';
}

function redirectTarget(redirectUri: string): URL | undefined {
  try {
    const url = new URL(redirectUri);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `GET /onboarding?partner_id=…&redirect_uri=…` (the app.crezco.com onboarding): a consent page,
 * then back to `redirect_uri?user-id=<uuid>` or `?error-message=…` (V). A wrong partner id or a
 * redirect URI that is not http(s) is an error page with no redirect (I).
 */
export function onboardingRoutes(ctx: SandboxContext): Router {
  const router = Router();

  const handle = (req: Request, res: Response, source: Record<string, unknown>, decision: string) => {
    const partnerId = text(source, 'partner_id');
    const redirectUri = text(source, 'redirect_uri');
    if (partnerId !== ctx.options.partnerId) {
      return res
        .status(400)
        .type('html')
        .send(errorPage(`Unknown partner_id "${partnerId}".`));
    }
    const target = redirectTarget(redirectUri);
    if (!target) return res.status(400).type('html').send(errorPage('redirect_uri must be an absolute http(s) URL.'));
    const status = req.method === 'POST' ? 303 : 302;
    if (decision === 'approve') {
      const user = ctx.users.create({
        displayName: text(source, 'displayName'),
        firstName: text(source, 'firstName'),
        lastName: text(source, 'lastName'),
        eMail: text(source, 'eMail'),
      });
      target.searchParams.set('user-id', user.id);
      return res.redirect(status, target.toString());
    }
    if (decision === 'decline') {
      target.searchParams.set('error-message', DECLINED_MESSAGE);
      return res.redirect(status, target.toString());
    }
    res.type('html').send(consentPage(ONBOARDING_PATH, partnerId, redirectUri));
  };

  router.get(ONBOARDING_PATH, (req, res) => {
    const query = req.query as Record<string, unknown>;
    const decision = query.approve === '1' ? 'approve' : query.decline === '1' ? 'decline' : '';
    handle(req, res, query, decision);
  });
  router.post(ONBOARDING_PATH, urlencoded({ extended: false }), (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    handle(req, res, body, text(body, 'decision'));
  });
  return router;
}

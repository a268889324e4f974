import { Router } from 'express';
import type { SandboxContext } from '../sandbox-context';
import { bearerToken } from './client-auth';

export const USERINFO_PATH = '/v1/openid_connect/userinfo';

/** OpenID Connect userinfo for the user who connected the company (needs the openid scope). */
export function userInfoRoute(ctx: SandboxContext): Router {
  const router = Router();
  router.get(USERINFO_PATH, (req, res) => {
    const token = bearerToken(req);
    const check = token ? ctx.oauth.checkAccessToken(token) : undefined;
    if (!check?.ok) {
      res.status(401).json({ error: 'invalid_token' });
      return;
    }
    if (!check.grant.scope.includes('openid')) {
      res.status(403).json({ error: 'insufficient_scope' });
      return;
    }
    const company = ctx.company(check.grant.realmId);
    const email = company?.companyInfo.Email?.Address ?? `owner-${check.grant.realmId}@example.com`;
    res.json({
      sub: `sandbox-user-${check.grant.realmId}`,
      givenName: 'Sandbox',
      familyName: 'Owner',
      email,
      emailVerified: true,
      phoneNumber: '+447911123456',
      phoneNumberVerified: true,
    });
  });
  return router;
}

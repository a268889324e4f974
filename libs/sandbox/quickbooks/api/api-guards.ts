import type { NextFunction, Request, Response } from 'express';
import { faults } from '../faults';
import { drawChaos } from '../limits/chaos';
import { bearerToken } from '../oauth/client-auth';
import type { SandboxContext } from '../sandbox-context';
import type { Company } from '../store/company';

const ACCOUNTING_SCOPE = 'com.intuit.quickbooks.accounting';

export function companyOf(res: Response): Company {
  return res.locals.company as Company;
}

/** Bearer access token valid, for this realm, with the accounting scope. */
export function authenticate(ctx: SandboxContext) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const token = bearerToken(req);
    if (!token) throw faults.authentication('Authorization header is missing or is not a Bearer token');
    const check = ctx.oauth.checkAccessToken(token);
    if (!check.ok) {
      const detail = { unknown: 'Token invalid', expired: 'Token expired', revoked: 'Token revoked' }[check.reason];
      throw faults.authentication(`${detail}: ${token.slice(0, 12)}...`);
    }
    const realmId = String(req.params.realmId);
    if (check.grant.realmId !== realmId) throw faults.authorization(`The token does not authorise realm ${realmId}`);
    if (!check.grant.scope.includes(ACCOUNTING_SCOPE))
      throw faults.authorization(`The token lacks the scope ${ACCOUNTING_SCOPE}`);
    const company = ctx.company(realmId);
    if (!company) throw faults.authorization(`Company ${realmId} is not available`);
    res.locals.company = company;
    next();
  };
}

/** 500 requests a minute and 10 at once per realm (configurable); beyond, 429 ThrottleExceeded. */
export function rateLimit(ctx: SandboxContext) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const realmId = String(req.params.realmId);
    ctx.apiRequests.set(realmId, (ctx.apiRequests.get(realmId) ?? 0) + 1);
    remember(ctx, realmId, `${req.method} ${decodeURIComponent(req.originalUrl.replace(/\+/g, ' '))}`);
    const release = ctx.limiter.tryAcquire(realmId);
    if (!release) throw faults.throttled();
    res.on('close', release);
    next();
  };
}

/** Kept to this many per realm: enough for a test's calls, bounded for a benchmark's. */
const REMEMBERED_REQUESTS = 1000;

function remember(ctx: SandboxContext, realmId: string, request: string): void {
  const recent = ctx.recentApiRequests.get(realmId) ?? [];
  recent.push(request);
  if (recent.length > REMEMBERED_REQUESTS) recent.shift();
  ctx.recentApiRequests.set(realmId, recent);
}

/** Latency and random faults switched on through the admin endpoint. */
export function chaos(ctx: SandboxContext) {
  return (_req: Request, _res: Response, next: NextFunction): void => {
    const settings = ctx.chaos;
    const outcome = drawChaos(settings);
    const proceed = () => {
      if (outcome === 'throttle') next(faults.throttled());
      else if (outcome === 'error') next(faults.system('Injected by the sandbox'));
      else next();
    };
    if (settings.latencyMs > 0) setTimeout(proceed, settings.latencyMs);
    else proceed();
  };
}

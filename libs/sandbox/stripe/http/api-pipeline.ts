import { text, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import type { SandboxContext } from '../sandbox-context';
import { newId } from '../store/ids';
import { callOf, pathOf, queryOf, type ApiCall } from './api-call';
import { canonicalForm, parseStripeForm } from './form-body';
import { StripeApiError, stripeErrors } from './stripe-error';

/** Request-Id and Stripe-Version on every answer; each request is recorded once answered. */
export function stripeHeaders(ctx: SandboxContext): RequestHandler {
  return (req, res, next) => {
    const requestId = newId.request();
    res.locals.call = {
      requestId,
      accountId: ctx.accounts.platformId,
      apiKey: '',
      idempotencyKey: req.method === 'POST' ? (req.get('idempotency-key') ?? null) : null,
      params: {},
    } satisfies ApiCall;
    res.set('Request-Id', requestId);
    res.set('Stripe-Version', req.get('stripe-version') ?? ctx.options.apiVersion);
    res.on('finish', () => {
      const call = callOf(res);
      ctx.requests.push({
        requestId,
        method: req.method,
        path: pathOf(req.originalUrl),
        accountId: call.apiKey ? call.accountId : null,
        idempotencyKey: call.idempotencyKey,
        status: res.statusCode,
        replayed: res.get('Idempotent-Replayed') === 'true',
        at: new Date().toISOString(),
      });
    });
    next();
  };
}

const readText = text({ type: () => true, limit: '1mb' });

/** Form-encoded body parameters of a POST, or the query string's for GET and DELETE. */
export const formParams: RequestHandler = (req, res, next) => {
  readText(req, res, (error?: unknown) => {
    if (error) return next(error);
    const raw = req.method === 'POST' ? (typeof req.body === 'string' ? req.body : '') : queryOf(req.originalUrl);
    callOf(res).params = parseStripeForm(raw);
    next();
  });
};

/** The key from `Authorization: Bearer <key>` (or Basic with the key as user name), if any. */
export function apiKeyOf(req: Request): string | undefined {
  const header = req.get('authorization') ?? '';
  const bearer = /^Bearer\s+(\S+)$/i.exec(header);
  if (bearer) return bearer[1];
  const basic = /^Basic\s+(\S+)$/i.exec(header);
  if (basic) return Buffer.from(basic[1], 'base64').toString('utf8').split(':')[0] || undefined;
  return undefined;
}

/**
 * The platform's secret key acts on the platform or, with `Stripe-Account`, on an account connected
 * to it; an OAuth access token acts on its own account. Anything else is Stripe's 401 or 403.
 */
export function authenticate(ctx: SandboxContext): RequestHandler {
  return (req, res, next) => {
    const key = apiKeyOf(req);
    if (!key) throw stripeErrors.missingKey();
    const call = callOf(res);
    const named = req.get('stripe-account');
    const ownAccount = key === ctx.options.secretKey ? ctx.accounts.platformId : ctx.oauth.accountOfAccessToken(key);
    if (!ownAccount) throw stripeErrors.invalidKey(key);
    call.apiKey = key;
    if (named && named !== ownAccount) {
      const record = ctx.accounts.get(named);
      const reachable =
        ownAccount === ctx.accounts.platformId && record !== undefined && !record.platform && record.connected;
      if (!reachable) throw stripeErrors.accountInvalid(key, named);
    }
    call.accountId = named ?? ownAccount;
    next();
  };
}

/** Failures the admin asked for, then the per-account rate limit; neither is stored for idempotency. */
export function throttle(ctx: SandboxContext): RequestHandler {
  return (req, res, next) => {
    const forced = ctx.failures.take(pathOf(req.originalUrl));
    if (forced?.kind === 'connection_reset') {
      req.socket.destroy();
      return;
    }
    if (forced) throw forced.error;
    if (!ctx.limiter.allow(callOf(res).accountId)) throw stripeErrors.rateLimit();
    next();
  };
}

/**
 * Stripe's Idempotency-Key: the first answer to a key is stored and replayed, with
 * `Idempotent-Replayed: true`, to a request with the same parameters; other parameters get 400
 * idempotency_error. Validation failures are not stored, so the key can be used again.
 */
export function idempotency(ctx: SandboxContext): RequestHandler {
  return (req, res, next) => {
    const key = req.get('idempotency-key');
    if (req.method !== 'POST' || key === undefined) return next();
    const call = callOf(res);
    call.idempotencyKey = key;
    res.set('Idempotency-Key', key);
    if (key.length > 255)
      throw stripeErrors.invalidParam('Idempotency-Key', 'Idempotency keys can be at most 255 characters long.');
    const fingerprint = `${req.method} ${pathOf(req.originalUrl)} ${canonicalForm(call.params)}`;
    const stored = ctx.idempotency.get(call.accountId, key);
    if (stored) {
      if (stored.fingerprint !== fingerprint) throw stripeErrors.idempotencyMismatch(key);
      res.set('Idempotent-Replayed', 'true');
      res.status(stored.status).json(stored.body);
      return;
    }
    const send = res.json.bind(res);
    res.json = (body: unknown) => {
      if (res.locals.notStored !== true)
        ctx.idempotency.put(call.accountId, key, { fingerprint, status: res.statusCode, body });
      return send(body);
    };
    next();
  };
}

/** Answers any error with Stripe's error JSON. */
export function stripeErrorHandler(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent) {
    next(error);
    return;
  }
  const stripeError = error instanceof StripeApiError ? error : unexpected(error);
  res.locals.notStored = stripeError.options.stored !== true;
  if (stripeError.options.shouldRetry !== undefined)
    res.set('Stripe-Should-Retry', String(stripeError.options.shouldRetry));
  const requestId = res.get('Request-Id');
  res.status(stripeError.status).json({
    error: {
      ...stripeError.body,
      ...(requestId ? { request_log_url: `https://dashboard.stripe.com/test/logs/${requestId}` } : {}),
    },
  });
}

function unexpected(error: unknown): StripeApiError {
  if ((error as { type?: string }).type === 'entity.too.large')
    return stripeErrors.invalidParam('body', 'The request body is too large.');
  const failure = stripeErrors.apiError();
  return new StripeApiError(
    failure.status,
    { ...failure.body, message: `${failure.body.message}: ${String(error)}` },
    { stored: true },
  );
}

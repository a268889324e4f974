import { Router, type Request } from 'express';
import { journeyToken } from '../pay-demands/pay-demands';
import { crezcoErrors } from '../http/crezco-error';
import type { SandboxContext } from '../sandbox-context';
import { MOCK_BANKS, mockBank } from './banks';
import { FINAL_SCREENS, INITIAL_SCREENS, type Journey } from './journeys';

function query(req: Request, name: string): string | undefined {
  const value = (req.query as Record<string, unknown>)[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function absoluteHttp(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

function oneOf<T extends string>(values: readonly T[], value: string | undefined, fallback: T): T | undefined {
  if (value === undefined) return fallback;
  return values.find((candidate) => candidate === value);
}

/** The query of a custom redirect payment (V), checked; every fault at once. */
function journeyFromQuery(req: Request, payDemandId: string): Journey {
  const errors: Record<string, string[]> = {};
  const fault = (field: string, message: string) => (errors[field] ??= []).push(message);
  const initialScreen = oneOf(INITIAL_SCREENS, query(req, 'initialScreen'), 'DetailsCheck');
  if (!initialScreen) fault('initialScreen', `initialScreen must be one of ${INITIAL_SCREENS.join(', ')}.`);
  const finalScreen = oneOf(FINAL_SCREENS, query(req, 'finalScreen'), 'PaymentStatus');
  if (!finalScreen) fault('finalScreen', `finalScreen must be one of ${FINAL_SCREENS.join(', ')}.`);
  for (const name of ['successCallbackUri', 'failureCallbackUri']) {
    const uri = query(req, name);
    if (uri !== undefined && !absoluteHttp(uri)) fault(name, `${name} must be an absolute http(s) URI.`);
  }
  const bankId = query(req, 'bankId');
  const country = query(req, 'countryIso2Code') ?? 'GB';
  if (country !== 'GB') fault('countryIso2Code', `Country ${country} is not supported.`);
  if (initialScreen === 'ContinueToBank' && !bankId) fault('bankId', 'bankId is required with ContinueToBank.');
  if (bankId !== undefined && !mockBank(bankId)) fault('bankId', `Unknown bank ${bankId}.`);
  if (Object.keys(errors).length > 0) throw crezcoErrors.validation(errors);
  return {
    id: journeyToken(),
    payDemandId,
    customRedirect: true,
    initialScreen: initialScreen ?? 'DetailsCheck',
    finalScreen: finalScreen ?? 'PaymentStatus',
    successCallbackUri: query(req, 'successCallbackUri'),
    failureCallbackUri: query(req, 'failureCallbackUri'),
    bankId,
  };
}

/**
 * `POST /v1/users/{userId}/pay-demands/{payDemandId}/payment?…` → `{ redirect }` (V; the payment
 * is made New here, I), `GET /v1/payments/{id}` (shape I), `GET /v1/payments/{id}/status` →
 * `{ code }` (V), `GET /v1/banks/{country}/{feature}` (V; shape I).
 */
export function paymentRoutes(ctx: SandboxContext): Router {
  const router = Router();

  router.post('/users/:userId/pay-demands/:payDemandId/payment', (req, res) => {
    const user = ctx.users.get(req.params.userId);
    if (!user) throw crezcoErrors.notFound('User', req.params.userId);
    const demand = ctx.payDemands.find(req.params.payDemandId);
    if (!demand || demand.userId !== user.id) throw crezcoErrors.notFound('Pay demand', req.params.payDemandId);
    const journey = ctx.journeys.add(journeyFromQuery(req, demand.demand.payDemandId));
    journey.paymentId = ctx.payments.create(demand, journey.id, journey.bankId).id;
    res.json({ redirect: ctx.paymentPageUrl(journey.id) });
  });

  router.get('/payments/:paymentId', (req, res) => {
    const payment = ctx.payments.find(req.params.paymentId);
    if (!payment) throw crezcoErrors.notFound('Payment', req.params.paymentId);
    res.json(ctx.payments.view(payment));
  });

  router.get('/payments/:paymentId/status', (req, res) => {
    const payment = ctx.payments.find(req.params.paymentId);
    if (!payment) throw crezcoErrors.notFound('Payment', req.params.paymentId);
    res.json({ code: ctx.payments.code(payment.status) });
  });

  router.get('/banks/:country/:feature', (req, res) => {
    res.json(MOCK_BANKS.filter((bank) => bank.countryIso2Code === req.params.country.toUpperCase()));
  });

  return router;
}

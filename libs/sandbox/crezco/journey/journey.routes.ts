import { Router, urlencoded, type Request, type Response } from 'express';
import { isTerminalCrezcoStatus } from '../../../crezco';
import { errorPage } from '../http/html';
import type { PayDemandRecord } from '../pay-demands/pay-demands';
import { MOCK_BANKS, mockBank } from '../payments/banks';
import type { Journey } from '../payments/journeys';
import { PAYER_DECISIONS, type PaymentRecord } from '../payments/payment-service';
import { BANK_PAGE_PATH, PAYMENT_PAGE_PATH, STATUS_PAGE_PATH, type SandboxContext } from '../sandbox-context';
import { bankPage, bankSelectionPage, statusPage } from './payer-pages';

function field(req: Request, name: string): string {
  const value = ((req.body ?? {}) as Record<string, unknown>)[name];
  return typeof value === 'string' ? value.trim() : '';
}

const succeeded = (payment: PaymentRecord) => ['Authorised', 'Accepted', 'Completed'].includes(payment.status);

/**
 * The payer's pages: `/payment/{journey}` (details and bank selection; what `paymentUri` and a
 * custom redirect open), `/bank/{paymentId}` (the mock bank: approve, cancel, or a bank failure)
 * and `/payment-status/{paymentId}`. After the bank, a custom redirect goes to its success or
 * failure callback (final screen skipped, I); the demand's own paymentUri shows the status page.
 */
export function journeyRoutes(ctx: SandboxContext): Router {
  const router = Router();
  const form = urlencoded({ extended: false });

  const html = (res: Response, status: number, body: string) => res.status(status).type('html').send(body);

  const load = (res: Response, journeyId: string): [Journey, PayDemandRecord] | undefined => {
    const journey = ctx.journeys.get(journeyId);
    const demand = journey && ctx.payDemands.findAny(journey.payDemandId);
    if (!journey || !demand) return void html(res, 404, errorPage('This payment link is not valid.'));
    if (demand.deleted) return void html(res, 410, errorPage('This payment request is no longer available.'));
    return [journey, demand];
  };

  const showStatus = (res: Response, payment: PaymentRecord, status = 200) => {
    const demand = ctx.payDemands.findAny(payment.payDemandId) as PayDemandRecord;
    const journey = ctx.journeys.get(payment.journeyId);
    const retry = journey && !journey.customRedirect ? ctx.paymentPageUrl(journey.id) : undefined;
    html(
      res,
      status,
      statusPage(demand.demand, ctx.payments.code(payment.status), ctx.settings.completedStatusCode, retry),
    );
  };

  /** A payment already under way or done on this demand: the payer cannot start another. */
  const blocking = (demand: PayDemandRecord, journey: Journey) =>
    ctx.payments
      .ofDemand(demand.demand.payDemandId)
      .find(
        (p) =>
          succeeded(p) || (journey.customRedirect && p.id === journey.paymentId && isTerminalCrezcoStatus(p.status)),
      );

  const finish = (res: Response, journey: Journey | undefined, payment: PaymentRecord) => {
    const callback = succeeded(payment) ? journey?.successCallbackUri : journey?.failureCallbackUri;
    if (!callback) return res.redirect(303, `${STATUS_PAGE_PATH}/${payment.id}`);
    const target = new URL(callback);
    if (ctx.settings.appendCallbackParams) {
      target.searchParams.set('payment-id', payment.id);
      target.searchParams.set('pay-demand-id', payment.payDemandId);
      target.searchParams.set('status', ctx.payments.code(payment.status));
    }
    res.redirect(303, target.toString());
  };

  /** The New payment of this journey, or a new one. */
  const openPayment = (journey: Journey, demand: PayDemandRecord): PaymentRecord => {
    const current = journey.paymentId ? ctx.payments.find(journey.paymentId) : undefined;
    if (current?.status === 'New') return current;
    const payment = ctx.payments.create(demand, journey.id);
    journey.paymentId = payment.id;
    return payment;
  };

  router.get(`${PAYMENT_PAGE_PATH}/:journeyId`, (req, res) => {
    const loaded = load(res, req.params.journeyId);
    if (!loaded) return;
    const [journey, demand] = loaded;
    const done = blocking(demand, journey);
    if (done) return showStatus(res, done);
    if (journey.initialScreen === 'ContinueToBank' && journey.bankId) {
      const payment = openPayment(journey, demand);
      ctx.payments.chooseBank(payment.id, journey.bankId);
      return res.redirect(302, `${BANK_PAGE_PATH}/${payment.id}`);
    }
    html(res, 200, bankSelectionPage(req.originalUrl, demand.demand, MOCK_BANKS));
  });

  router.post(`${PAYMENT_PAGE_PATH}/:journeyId`, form, (req, res) => {
    const loaded = load(res, req.params.journeyId);
    if (!loaded) return;
    const [journey, demand] = loaded;
    const done = blocking(demand, journey);
    if (done) return showStatus(res, done);
    const decision = field(req, 'decision');
    if (decision === 'cancel') {
      const payment = ctx.payments.decide(openPayment(journey, demand).id, 'cancel');
      return finish(res, journey, payment);
    }
    const bank = mockBank(field(req, 'bank'));
    if (decision !== 'continue' || !bank) {
      return html(res, 400, bankSelectionPage(req.originalUrl, demand.demand, MOCK_BANKS, 'Choose your bank.'));
    }
    const payment = openPayment(journey, demand);
    ctx.payments.chooseBank(payment.id, bank.id);
    res.redirect(303, `${BANK_PAGE_PATH}/${payment.id}`);
  });

  router.get(`${BANK_PAGE_PATH}/:paymentId`, (req, res) => {
    const payment = ctx.payments.find(req.params.paymentId);
    if (!payment) return html(res, 404, errorPage('No such payment.'));
    if (payment.status !== 'New') return showStatus(res, payment);
    const demand = ctx.payDemands.findAny(payment.payDemandId) as PayDemandRecord;
    const bank = mockBank(payment.bankId) ?? MOCK_BANKS[0];
    html(res, 200, bankPage(req.originalUrl, bank, demand.demand));
  });

  router.post(`${BANK_PAGE_PATH}/:paymentId`, form, (req, res) => {
    const payment = ctx.payments.find(req.params.paymentId);
    if (!payment) return html(res, 404, errorPage('No such payment.'));
    if (payment.status !== 'New') return showStatus(res, payment);
    const decision = PAYER_DECISIONS.find((known) => known === field(req, 'decision'));
    if (!decision) return html(res, 400, errorPage('Approve or cancel the payment.'));
    finish(res, ctx.journeys.get(payment.journeyId), ctx.payments.decide(payment.id, decision));
  });

  router.get(`${STATUS_PAGE_PATH}/:paymentId`, (req, res) => {
    const payment = ctx.payments.find(req.params.paymentId);
    if (!payment) return html(res, 404, errorPage('No such payment.'));
    showStatus(res, payment);
  });

  return router;
}

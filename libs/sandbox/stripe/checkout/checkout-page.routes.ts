import { Router, urlencoded, type Response } from 'express';
import { errorPage } from '../http/html';
import { CHECKOUT_PAGE_PATH, type SandboxContext } from '../sandbox-context';
import type { CheckoutSession } from '../store/stripe-objects';
import type { PayAttempt } from './checkout-service';
import { checkoutPage, closedPage, completePage } from './checkout-page';

function field(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  return typeof value === 'string' ? value.trim() : '';
}

/** success_url with Stripe's `{CHECKOUT_SESSION_ID}` template filled in. */
export function successUrlOf(session: CheckoutSession): string | null {
  return session.success_url?.replace(/\{CHECKOUT_SESSION_ID\}/g, session.id) ?? null;
}

function toSuccess(res: Response, session: CheckoutSession): void {
  const url = successUrlOf(session);
  if (url) res.redirect(303, url);
  else res.type('html').send(completePage(session));
}

/** GET and POST /c/pay/:sessionId, the hosted checkout page. */
export function checkoutPageRoutes(ctx: SandboxContext): Router {
  const router = Router();
  const path = `${CHECKOUT_PAGE_PATH}/:sessionId`;

  const rowOf = (sessionId: string, res: Response) => {
    const row = ctx.ledger.sessions.find(sessionId);
    if (!row) res.status(404).type('html').send(errorPage('No such checkout session.'));
    return row;
  };
  const businessName = (accountId: string) =>
    ctx.accounts.get(accountId)?.account.business_profile.name ?? ctx.options.platformName;

  router.get(path, (req, res) => {
    const row = rowOf(req.params.sessionId, res);
    if (!row) return;
    if (row.object.status !== 'open') return res.type('html').send(closedPage(row.object));
    res.type('html').send(checkoutPage(req.originalUrl, businessName(row.accountId), row.object, row.extra));
  });

  router.post(path, urlencoded({ extended: false }), (req, res) => {
    const row = rowOf(req.params.sessionId, res);
    if (!row) return;
    const body = (req.body ?? {}) as Record<string, unknown>;
    const attempt: PayAttempt =
      field(body, 'method') === 'delayed'
        ? { method: 'delayed' }
        : { method: 'card', cardNumber: field(body, 'card_number') };
    const outcome = ctx.checkout.pay(row.object.id, attempt, {
      email: field(body, 'email') || null,
      name: field(body, 'name') || null,
    });
    switch (outcome.kind) {
      case 'paid':
      case 'processing':
        return toSuccess(res, outcome.session);
      case 'closed':
        return res.type('html').send(closedPage(outcome.session));
      default:
        return res
          .type('html')
          .send(checkoutPage(req.originalUrl, businessName(row.accountId), row.object, row.extra, outcome.message));
    }
  });

  return router;
}

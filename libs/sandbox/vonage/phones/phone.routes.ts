import { Router, urlencoded, type NextFunction, type Request, type Response } from 'express';
import type { SandboxContext } from '../sandbox-context';
import { errorPage, PHONES_PATH, phonePage, phonesPage, type PhoneView } from './phone-page';

function digits(number: string): string {
  return number.replace(/^\+/, '');
}

function viewOf(ctx: SandboxContext, number: string): PhoneView {
  return { number, texts: ctx.store.conversationOf(number).reverse() };
}

function replyRefused(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent) {
    next(error);
    return;
  }
  res
    .status(400)
    .type('html')
    .send(errorPage(error instanceof Error ? error.message : String(error)));
}

/** GET /phones, GET /phones/:number and the reply form: what a person trying Settle sees on "their phone". */
export function phoneRoutes(ctx: SandboxContext): Router {
  const router = Router();
  router.get(PHONES_PATH, (_req, res) => {
    res.type('html').send(phonesPage(ctx.store.phones().map((number) => viewOf(ctx, number))));
  });
  router.get(`${PHONES_PATH}/:number`, (req, res) => {
    res.type('html').send(phonePage(viewOf(ctx, digits(String(req.params.number)))));
  });
  router.post(`${PHONES_PATH}/:number/reply`, urlencoded({ extended: false }), async (req, res) => {
    const number = digits(String(req.params.number));
    const text = typeof req.body?.text === 'string' ? req.body.text : '';
    await ctx.inbound.inject({ from: number, text });
    res.redirect(303, `${PHONES_PATH}/${encodeURIComponent(number)}`);
  });
  router.use(PHONES_PATH, replyRefused);
  return router;
}

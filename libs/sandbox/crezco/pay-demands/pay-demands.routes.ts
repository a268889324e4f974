import { Router, type Request } from 'express';
import type { CrezcoUser } from '../../../crezco';
import { crezcoErrors } from '../http/crezco-error';
import type { SandboxContext } from '../sandbox-context';
import { parsePayDemandRequest } from './pay-demand-request';

function userOf(ctx: SandboxContext, req: Request): CrezcoUser {
  const userId = String(req.params.userId);
  const user = ctx.users.get(userId);
  if (!user) throw crezcoErrors.notFound('User', userId);
  return user;
}

/**
 * `POST /v1/users/{userId}/pay-demands` (201, V) with `idempotencyId` honoured,
 * `GET /v1/users/{userId}/pay-demands`, `DELETE /v1/users/{userId}/pay-demands/{id}` (204, I),
 * `GET /v1/pay-demands/{id}` (V).
 */
export function payDemandRoutes(ctx: SandboxContext): Router {
  const router = Router();

  router.post('/users/:userId/pay-demands', (req, res) => {
    const user = userOf(ctx, req);
    const body = parsePayDemandRequest(req.body, ctx.settings);
    const { record, replayed } = ctx.payDemands.create(
      user,
      body,
      (journeyId) => ctx.paymentPageUrl(journeyId),
      ctx.settings.idempotencyConflict,
    );
    if (!replayed) {
      ctx.journeys.add({
        id: record.journeyId,
        payDemandId: record.demand.payDemandId,
        customRedirect: false,
        initialScreen: 'DetailsCheck',
        finalScreen: 'PaymentStatus',
      });
    }
    const answer =
      ctx.settings.payDemandResponse === 'id'
        ? JSON.stringify(record.demand.payDemandId)
        : JSON.stringify(record.demand);
    res.status(201).type('application/json').send(answer);
  });

  router.get('/users/:userId/pay-demands', (req, res) => {
    const user = userOf(ctx, req);
    res.json(ctx.payDemands.ofUser(user.id).map((record) => record.demand));
  });

  router.delete('/users/:userId/pay-demands/:payDemandId', (req, res) => {
    const user = userOf(ctx, req);
    const record = ctx.payDemands.find(req.params.payDemandId);
    if (!record || record.userId !== user.id) throw crezcoErrors.notFound('Pay demand', req.params.payDemandId);
    record.deleted = true;
    res.status(204).end();
  });

  router.get('/pay-demands/:payDemandId', (req, res) => {
    const record = ctx.payDemands.find(req.params.payDemandId);
    if (!record) throw crezcoErrors.notFound('Pay demand', req.params.payDemandId);
    res.json(record.demand);
  });

  router.get('/pay-demands/:payDemandId/payments', (req, res) => {
    const record = ctx.payDemands.find(req.params.payDemandId);
    if (!record) throw crezcoErrors.notFound('Pay demand', req.params.payDemandId);
    res.json(ctx.payments.ofDemand(record.demand.payDemandId).map((payment) => ctx.payments.view(payment)));
  });

  return router;
}

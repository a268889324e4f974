import { Router } from 'express';
import { crezcoErrors } from '../http/crezco-error';
import type { SandboxContext } from '../sandbox-context';

/** `GET /v1/users/{userId}` (V) and `DELETE /v1/users/{userId}` (V: OpenCart; 204 I). */
export function userRoutes(ctx: SandboxContext): Router {
  const router = Router();
  router.get('/users/:userId', (req, res) => {
    const user = ctx.users.get(req.params.userId);
    if (!user) throw crezcoErrors.notFound('User', req.params.userId);
    res.json(user);
  });
  router.delete('/users/:userId', (req, res) => {
    if (!ctx.users.remove(req.params.userId)) throw crezcoErrors.notFound('User', req.params.userId);
    res.status(204).end();
  });
  return router;
}

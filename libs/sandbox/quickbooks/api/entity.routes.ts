import { Router, type Request, type Response } from 'express';
import { faults } from '../faults';
import { qboTime } from '../http/qbo-time';
import type { SandboxContext } from '../sandbox-context';
import type { Company } from '../store/company';
import { entityNameFrom, type EntityName } from '../store/entity-name';
import { companyOf } from './api-guards';
import type { EntityBody } from './entity-service';

const MAX_REQUEST_ID_LENGTH = 50;

function entityParam(req: Request): EntityName {
  const entity = entityNameFrom(String(req.params.entity));
  if (!entity) throw faults.notFound(req.originalUrl.split('?')[0]);
  return entity;
}

function bodyOf(req: Request): EntityBody {
  const body: unknown = req.body;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw faults.invalidRequest('The request body must be a JSON object');
  }
  return body as EntityBody;
}

/**
 * Runs a write once per requestid: a replay of an id the company has seen answers what the first
 * request answered and changes nothing. With `loseAnswer` the write is made (and remembered) but
 * the connection is dropped before the answer, as when a network or a process fails in between.
 */
function idempotent(company: Company, req: Request, res: Response, write: () => unknown, loseAnswer = false): void {
  const requestId = typeof req.query.requestid === 'string' ? req.query.requestid : undefined;
  if (requestId !== undefined && requestId.length > MAX_REQUEST_ID_LENGTH) {
    throw faults.invalidRequest(`requestid must be at most ${MAX_REQUEST_ID_LENGTH} characters`);
  }
  const replay = requestId === undefined ? undefined : company.requestIds.get(requestId);
  if (replay) {
    if (loseAnswer) res.socket?.destroy();
    else res.status(replay.status).json(replay.body);
    return;
  }
  const body = write();
  if (requestId !== undefined) company.requestIds.set(requestId, { status: 200, body });
  if (loseAnswer) res.socket?.destroy();
  else res.json(body);
}

/** Runs (once) what a test asked to happen just before the API updates this entity. */
function runUpdateHook(ctx: SandboxContext, realmId: string, entity: EntityName, id: string): void {
  const index = ctx.beforeApiUpdate.findIndex(
    (hook) => hook.realmId === realmId && hook.entity === entity && hook.id === id,
  );
  if (index === -1) return;
  const [hook] = ctx.beforeApiUpdate.splice(index, 1);
  hook.run();
}

/** A fault a test asked the next write of this entity to get (counted down), thrown instead of writing. */
function injectedFault(ctx: SandboxContext, realmId: string, entity: EntityName): void {
  const index = ctx.injectedFaults.findIndex((f) => f.realmId === realmId && f.entity === entity);
  if (index === -1) return;
  const injected = ctx.injectedFaults[index];
  injected.times -= 1;
  if (injected.times <= 0) ctx.injectedFaults.splice(index, 1);
  throw injected.fault();
}

/** Whether a test asked the answer to this write to be lost (the write is made; the connection drops). */
function loseAnswer(ctx: SandboxContext, realmId: string, entity: EntityName): boolean {
  const index = ctx.lostAnswers.findIndex((l) => l.realmId === realmId && l.entity === entity);
  if (index === -1) return false;
  const lost = ctx.lostAnswers[index];
  lost.times -= 1;
  if (lost.times <= 0) ctx.lostAnswers.splice(index, 1);
  return true;
}

/** Read by id, create, update (full or sparse), void and delete, under /v3/company/:realmId. */
export function entityRoutes(ctx: SandboxContext): Router {
  const router = Router({ mergeParams: true });

  router.get('/companyinfo/:id', (req, res) => {
    const company = companyOf(res);
    if (req.params.id !== company.realmId) throw faults.objectNotFound('CompanyInfo', String(req.params.id));
    res.json({ CompanyInfo: company.companyInfo, time: qboTime() });
  });

  router.get('/preferences', (_req, res) => {
    res.json({ Preferences: companyOf(res).preferences, time: qboTime() });
  });

  router.get('/:entity/:id', (req, res) => {
    const entity = entityParam(req);
    res.json({ [entity]: ctx.entities.read(companyOf(res), entity, String(req.params.id)), time: qboTime() });
  });

  router.post('/invoice/:id/send', (req, res) => {
    const company = companyOf(res);
    const sendTo = typeof req.query.sendTo === 'string' ? req.query.sendTo : undefined;
    res.json({ Invoice: ctx.entities.send(company, String(req.params.id), sendTo), time: qboTime() });
  });

  router.post('/:entity', (req, res) => {
    const company = companyOf(res);
    const entity = entityParam(req);
    const body = bodyOf(req);
    const operation = typeof req.query.operation === 'string' ? req.query.operation.toLowerCase() : undefined;
    injectedFault(ctx, company.realmId, entity);
    if (loseAnswer(ctx, company.realmId, entity)) {
      idempotent(company, req, res, () => write(ctx, company, entity, body, operation), true);
      return;
    }
    idempotent(company, req, res, () => write(ctx, company, entity, body, operation));
  });

  return router;
}

/** One write of the Accounting API: create, update (full or sparse), void or delete. */
function write(
  ctx: SandboxContext,
  company: Company,
  entity: EntityName,
  body: EntityBody,
  operation: string | undefined,
): unknown {
  if (body.Id !== undefined && (operation === undefined || operation === 'update'))
    runUpdateHook(ctx, company.realmId, entity, String(body.Id));
  const time = qboTime();
  if (operation === 'void') return { [entity]: ctx.entities.void(company, entity, body), time };
  if (operation === 'delete') return { [entity]: ctx.entities.delete(company, entity, body), time };
  if (operation === 'update') return { [entity]: ctx.entities.update(company, entity, body), time };
  if (operation !== undefined) throw faults.unsupportedOperation(`Operation ${operation} is not supported`);
  const isUpdate = body.Id !== undefined;
  return {
    [entity]: isUpdate ? ctx.entities.update(company, entity, body) : ctx.entities.create(company, entity, body),
    time,
  };
}

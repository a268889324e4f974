import { Router } from 'express';
import { faults } from '../faults';
import { qboTime } from '../http/qbo-time';
import type { QboEntityBase } from '../../../quickbooks/qbo-types';
import { CDC_ENTITIES, entityNameFrom, type EntityName } from '../store/entity-name';
import type { EntityTable } from '../store/entity-table';
import { companyOf } from './api-guards';

/** QuickBooks looks back at most 30 days and returns at most 1000 objects per entity. */
export const CDC_MAX_AGE_MS = 30 * 24 * 3600 * 1000;
export const CDC_MAX_OBJECTS = 1000;

function entitiesParam(raw: unknown): EntityName[] {
  if (typeof raw !== 'string' || raw.trim() === '') throw faults.requiredParam('entities');
  return raw.split(',').map((name) => {
    const entity = entityNameFrom(name.trim());
    if (!entity || !CDC_ENTITIES.has(entity)) {
      throw faults.unsupportedOperation(`Operation cdc is not supported for entity ${name.trim()}`);
    }
    return entity;
  });
}

/**
 * `GET /cdc?entities=A,B&changedSince=<ISO>`: per entity, the objects changed since then in order
 * of change, then those deleted (as Id, status and MetaData), cut at 1000 like QuickBooks.
 */
export function cdcRoute(): Router {
  const router = Router({ mergeParams: true });
  router.get('/cdc', (req, res) => {
    const company = companyOf(res);
    const entities = entitiesParam(req.query.entities);
    const changedSince = req.query.changedSince;
    if (typeof changedSince !== 'string') throw faults.requiredParam('changedSince');
    const sinceMs = Date.parse(changedSince);
    if (Number.isNaN(sinceMs)) throw faults.invalidRequest(`changedSince is not a date-time: ${changedSince}`);
    if (sinceMs < Date.now() - CDC_MAX_AGE_MS) throw faults.cdcTooOld(changedSince);
    const answers = entities.map((entity) => {
      const table = company.table(entity) as EntityTable<QboEntityBase>;
      const { rows, deleted } = table.changedSince(sinceMs - 1);
      const objects: unknown[] = [
        ...rows,
        ...deleted.map((t) => ({ domain: 'QBO', status: 'Deleted', Id: t.Id, MetaData: t.MetaData })),
      ].slice(0, CDC_MAX_OBJECTS);
      if (objects.length === 0) return {};
      return { [entity]: objects, startPosition: 1, maxResults: objects.length, totalCount: objects.length };
    });
    res.json({ CDCResponse: [{ QueryResponse: answers }], time: qboTime() });
  });
  return router;
}

import { faults } from '../faults';
import type { QboEntityBase } from '../../../quickbooks/qbo-types';
import type { Company } from '../store/company';
import { ACTIVE_FILTERED, entityNameFrom, type EntityName } from '../store/entity-name';
import { compareIds, type EntityTable } from '../store/entity-table';
import type { Condition, SelectQuery } from './query-ast';
import { compareValues, fieldValue, likeMatcher } from './field-value';

export const MAX_RESULTS_LIMIT = 1000;
const DEFAULT_MAX_RESULTS = 100;

export type QueryResult =
  | { kind: 'count'; entity: EntityName; totalCount: number }
  | { kind: 'rows'; entity: EntityName; rows: Record<string, unknown>[]; startPosition: number };

type Row = Record<string, unknown>;
type Predicate = (row: Row) => boolean;

function predicateOf(condition: Condition): Predicate {
  switch (condition.kind) {
    case 'compare': {
      const { field, op, value } = condition;
      return (row) => {
        const c = compareValues(fieldValue(row, field), value);
        if (c === undefined) return false;
        if (op === '=') return c === 0;
        if (op === '<') return c < 0;
        if (op === '>') return c > 0;
        if (op === '<=') return c <= 0;
        return c >= 0;
      };
    }
    case 'in':
      return (row) => {
        const stored = fieldValue(row, condition.field);
        return condition.values.some((v) => compareValues(stored, v) === 0);
      };
    case 'like': {
      const matches = likeMatcher(condition.pattern);
      return (row) => matches(fieldValue(row, condition.field));
    }
  }
}

function isIdOrder(query: SelectQuery): boolean {
  return query.orderBy.length === 0 || (query.orderBy.length === 1 && query.orderBy[0].field.toLowerCase() === 'id');
}

function project(row: Row, fields: SelectQuery['projection']): Row {
  if (!Array.isArray(fields)) return row;
  const projected: Row = { Id: row.Id, SyncToken: row.SyncToken, domain: row.domain, sparse: true };
  for (const field of fields) {
    const top = field.split('.')[0];
    const key = Object.keys(row).find((k) => k.toLowerCase() === top.toLowerCase());
    if (key !== undefined) projected[key] = row[key];
  }
  return projected;
}

const matchCache = new WeakMap<object, Map<string, { version: number; ids: string[] }>>();

/**
 * The ids of the rows matching the conditions, in Id order. Paging a large table asks the same
 * question a hundred times over; the answer is kept until the table next changes, so that page
 * N costs a slice rather than a scan of everything before it (QuickBooks has indexes too).
 */
function matchingIds(
  table: EntityTable<QboEntityBase>,
  conditions: readonly unknown[],
  matches: (row: Row) => boolean,
): string[] {
  const key = JSON.stringify(conditions);
  const cache = matchCache.get(table) ?? new Map<string, { version: number; ids: string[] }>();
  matchCache.set(table, cache);
  const cached = cache.get(key);
  if (cached?.version === table.version) return cached.ids;
  const ids: string[] = [];
  for (const id of table.idsInOrder()) if (matches(table.get(id) as Row)) ids.push(id);
  cache.set(key, { version: table.version, ids });
  return ids;
}

/**
 * Runs a parsed query on one company. Ordered by Id (the default), a page is a slice of the
 * matching ids; any other order filters, then sorts only the matching rows.
 */
export function executeQuery(company: Company, query: SelectQuery): QueryResult {
  const entity = entityNameFrom(query.entity);
  if (!entity) throw faults.queryValidation(`Unable to identify entity ${query.entity}`);
  const startPosition = query.startPosition ?? 1;
  const maxResults = query.maxResults ?? DEFAULT_MAX_RESULTS;
  if (startPosition < 1) throw faults.queryValidation('STARTPOSITION must be 1 or more');
  if (maxResults < 0 || maxResults > MAX_RESULTS_LIMIT) {
    throw faults.queryValidation(`MAXRESULTS must be between 0 and ${MAX_RESULTS_LIMIT}, got ${maxResults}`);
  }
  const conditions = [...query.where];
  const filtersActive = conditions.some((c) => c.field.toLowerCase() === 'active');
  if (ACTIVE_FILTERED.has(entity) && !filtersActive)
    conditions.push({ kind: 'compare', field: 'Active', op: '=', value: true });
  const predicates = conditions.map(predicateOf);
  const matches = (row: Row) => predicates.every((p) => p(row));
  const table = company.table(entity) as EntityTable<QboEntityBase>;

  if (query.projection === 'count') {
    return { kind: 'count', entity, totalCount: matchingIds(table, conditions, matches).length };
  }

  const skip = startPosition - 1;
  let page: Row[];
  if (isIdOrder(query)) {
    const ids = matchingIds(table, conditions, matches);
    const ordered = query.orderBy[0]?.descending ? [...ids].reverse() : ids;
    page = ordered.slice(skip, skip + maxResults).map((id) => table.get(id) as Row);
  } else {
    const all: Row[] = [];
    for (const id of table.idsInOrder()) {
      const row = table.get(id) as Row;
      if (matches(row)) all.push(row);
    }
    all.sort((a, b) => {
      for (const { field, descending } of query.orderBy) {
        const c = compareValues(fieldValue(a, field), fieldValue(b, field) as string | number | boolean) ?? 0;
        if (c !== 0) return descending ? -c : c;
      }
      return compareIds(a.Id as string, b.Id as string);
    });
    page = all.slice(skip, skip + maxResults);
  }
  return { kind: 'rows', entity, rows: page.map((row) => project(row, query.projection)), startPosition };
}

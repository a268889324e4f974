/** A value in a QuickBooks query: strings are quoted and escaped, numbers and booleans are bare. */
export type QuickBooksLiteral = string | number | boolean;

export type QuickBooksCondition =
  | { field: string; op: '=' | '<' | '>' | '<=' | '>='; value: QuickBooksLiteral }
  | { field: string; op: 'in'; values: readonly QuickBooksLiteral[] }
  | { field: string; op: 'like'; pattern: string };

/** Conditions joined by AND (QuickBooks' query language has no OR). */
export type QuickBooksWhere = readonly QuickBooksCondition[];

export interface QuickBooksOrderBy {
  field: string;
  descending?: boolean;
}

export interface QuickBooksPage {
  orderBy?: string | QuickBooksOrderBy | readonly QuickBooksOrderBy[];
  /** 1-based, as QuickBooks counts. */
  startPosition?: number;
  /** 1..1000. */
  maxResults?: number;
}

export const QUICKBOOKS_MAX_PAGE_SIZE = 1000;

const ENTITY = /^[A-Za-z]+$/;
const FIELD = /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)*$/;

/** Quotes a string the way QuickBooks reads it: `'` and `\` are escaped with a backslash. */
export function quoteQuickBooksString(value: string): string {
  return `'${value.replace(/[\\']/g, (ch) => `\\${ch}`)}'`;
}

export function assertQuickBooksEntity(entity: string): string {
  if (!ENTITY.test(entity)) throw new RangeError(`Not a QuickBooks entity name: ${JSON.stringify(entity)}`);
  return entity;
}

function field(name: string): string {
  if (!FIELD.test(name)) throw new RangeError(`Not a QuickBooks field name: ${JSON.stringify(name)}`);
  return name;
}

function literal(value: QuickBooksLiteral): string {
  if (typeof value === 'string') return quoteQuickBooksString(value);
  if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
  return String(value);
}

function condition(c: QuickBooksCondition): string {
  if (c.op === 'in') {
    if (c.values.length === 0) throw new RangeError(`IN on ${c.field} needs at least one value`);
    return `${field(c.field)} in (${c.values.map(literal).join(', ')})`;
  }
  if (c.op === 'like') return `${field(c.field)} like ${quoteQuickBooksString(c.pattern)}`;
  return `${field(c.field)} ${c.op} ${literal(c.value)}`;
}

function whereClause(where: QuickBooksWhere | undefined): string {
  return where && where.length > 0 ? ` where ${where.map(condition).join(' and ')}` : '';
}

function positiveInteger(name: string, value: number, max = Number.MAX_SAFE_INTEGER): number {
  if (!Number.isInteger(value) || value < 1 || value > max) throw new RangeError(`${name} must be 1..${max}: ${value}`);
  return value;
}

function orderByClause(orderBy: QuickBooksPage['orderBy']): string {
  if (orderBy === undefined) return '';
  const list = typeof orderBy === 'string' ? [{ field: orderBy }] : Array.isArray(orderBy) ? orderBy : [orderBy];
  if (list.length === 0) return '';
  return ` orderby ${list.map((o: QuickBooksOrderBy) => `${field(o.field)}${o.descending ? ' desc' : ''}`).join(', ')}`;
}

/** `select * from X [where ...] [orderby ...] [startposition N] [maxresults M]`. */
export function buildSelectQuery(entity: string, where?: QuickBooksWhere, page: QuickBooksPage = {}): string {
  let query = `select * from ${assertQuickBooksEntity(entity)}${whereClause(where)}${orderByClause(page.orderBy)}`;
  if (page.startPosition !== undefined)
    query += ` startposition ${positiveInteger('startPosition', page.startPosition)}`;
  if (page.maxResults !== undefined)
    query += ` maxresults ${positiveInteger('maxResults', page.maxResults, QUICKBOOKS_MAX_PAGE_SIZE)}`;
  return query;
}

/** `select count(*) from X [where ...]`, answered with QueryResponse.totalCount. */
export function buildCountQuery(entity: string, where?: QuickBooksWhere): string {
  return `select count(*) from ${assertQuickBooksEntity(entity)}${whereClause(where)}`;
}

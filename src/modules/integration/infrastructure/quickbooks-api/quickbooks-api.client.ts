import { Injectable } from '@nestjs/common';
import type { QuickBooksCompanyRef } from '../../domain/quickbooks-company.ref';
import type {
  QuickBooksAccount,
  QuickBooksChanges,
  QuickBooksCompanyInfo,
  QuickBooksEntity,
  QuickBooksPreferences,
  QuickBooksSparseUpdate,
} from './quickbooks-api.types';
import {
  entityField,
  readChanges,
  readEntity,
  readQueryRows,
  readTotalCount,
  unexpectedAnswer,
} from './quickbooks-answer.reader';
import { deletedObjectError } from './quickbooks-fault.mapper';
import {
  assertQuickBooksEntity,
  buildCountQuery,
  buildSelectQuery,
  QUICKBOOKS_MAX_PAGE_SIZE,
  type QuickBooksOrderBy,
  type QuickBooksPage,
  type QuickBooksWhere,
} from './quickbooks-query.builder';
import { QuickBooksTransport } from './quickbooks-transport';

export interface QuickBooksPagingOptions {
  /** Default `Id`, so that pages do not shift while they are read. */
  orderBy?: string | QuickBooksOrderBy | readonly QuickBooksOrderBy[];
  /** 1..1000, default 1000. */
  pageSize?: number;
}

/** QuickBooks' limit on a `requestid`. */
export const MAX_REQUEST_ID_LENGTH = 50;

function assertRequestId(requestId: string): string {
  if (requestId.length === 0 || requestId.length > MAX_REQUEST_ID_LENGTH) {
    throw new RangeError(`requestid must be 1..${MAX_REQUEST_ID_LENGTH} characters: ${JSON.stringify(requestId)}`);
  }
  return requestId;
}

/** The resource segment of an entity's URL: `/invoice`, `/payment`. */
function resource(entity: string): string {
  return assertQuickBooksEntity(entity).toLowerCase();
}

/**
 * The QuickBooks Online Accounting API (v3) for one company at a time. Every call goes through
 * QuickBooksTransport: limits, tokens, retries and typed errors. Rows come back typed as the caller
 * says (`T`); QuickBooks JSON is not checked field by field here but by the mappers that read it.
 */
@Injectable()
export class QuickBooksApiClient {
  constructor(private readonly transport: QuickBooksTransport) {}

  /** One page of `select * from <entity> [where] [orderby] [startposition] [maxresults]`. */
  async query<T extends QuickBooksEntity = QuickBooksEntity>(
    company: QuickBooksCompanyRef,
    entity: string,
    where?: QuickBooksWhere,
    page: QuickBooksPage = {},
  ): Promise<T[]> {
    const operation = `query ${entity}`;
    const query = buildSelectQuery(entity, where, page);
    const answer = await this.transport.send<unknown>(company, {
      method: 'GET',
      path: '/query',
      params: { query },
      operation,
    });
    return readQueryRows(answer.body, entity, { operation, intuitTid: answer.intuitTid }) as T[];
  }

  /** Every matching row, a page (≤ 1000 rows) at a time: only one page is held in memory. */
  async *queryPages<T extends QuickBooksEntity = QuickBooksEntity>(
    company: QuickBooksCompanyRef,
    entity: string,
    where?: QuickBooksWhere,
    options: QuickBooksPagingOptions = {},
  ): AsyncGenerator<T[], void, undefined> {
    const pageSize = options.pageSize ?? QUICKBOOKS_MAX_PAGE_SIZE;
    const orderBy = options.orderBy ?? 'Id';
    for (let startPosition = 1; ; startPosition += pageSize) {
      const rows = await this.query<T>(company, entity, where, { orderBy, startPosition, maxResults: pageSize });
      if (rows.length > 0) yield rows;
      if (rows.length < pageSize) return;
    }
  }

  /** Every matching row, one by one, fetched a page at a time. */
  async *queryAll<T extends QuickBooksEntity = QuickBooksEntity>(
    company: QuickBooksCompanyRef,
    entity: string,
    where?: QuickBooksWhere,
    options: QuickBooksPagingOptions = {},
  ): AsyncGenerator<T, void, undefined> {
    for await (const rows of this.queryPages<T>(company, entity, where, options)) yield* rows;
  }

  /** `select count(*) from <entity> [where]`. */
  async count(company: QuickBooksCompanyRef, entity: string, where?: QuickBooksWhere): Promise<number> {
    const operation = `count ${entity}`;
    const query = buildCountQuery(entity, where);
    const answer = await this.transport.send<unknown>(company, {
      method: 'GET',
      path: '/query',
      params: { query },
      operation,
    });
    return readTotalCount(answer.body, { operation, intuitTid: answer.intuitTid });
  }

  /** QuickBooksObjectNotFoundError when QuickBooks answers 610 or `{"status": "Deleted"}`. */
  async read<T extends QuickBooksEntity = QuickBooksEntity>(
    company: QuickBooksCompanyRef,
    entity: string,
    id: string,
  ): Promise<T> {
    const path = `/${resource(entity)}/${encodeURIComponent(id)}`;
    const operation = `read ${resource(entity)}/${id}`;
    const answer = await this.transport.send<unknown>(company, { method: 'GET', path, operation });
    const object = readEntity(answer.body, entity, { operation, intuitTid: answer.intuitTid });
    if (!object) throw deletedObjectError(operation, answer.intuitTid);
    return object as T;
  }

  /**
   * Creates an object with `?requestid=`: a replay of the same requestid (a retry, a second job)
   * answers the first result and creates nothing. Use an id of Settle's own (≤ 50 characters).
   */
  async create<T extends QuickBooksEntity = QuickBooksEntity>(
    company: QuickBooksCompanyRef,
    entity: string,
    body: Record<string, unknown>,
    requestId: string,
  ): Promise<T> {
    const params = { requestid: assertRequestId(requestId) };
    const operation = `create ${resource(entity)}`;
    const answer = await this.transport.send<unknown>(company, {
      method: 'POST',
      path: `/${resource(entity)}`,
      params,
      data: body,
      operation,
    });
    return this.written<T>(answer.body, entity, operation, answer.intuitTid);
  }

  /**
   * Changes only the fields given (`sparse: true`). QuickBooksStaleObjectError (5010) when the
   * SyncToken is not the current one. A requestid makes a retry after a lost answer harmless.
   */
  async sparseUpdate<T extends QuickBooksEntity = QuickBooksEntity>(
    company: QuickBooksCompanyRef,
    entity: string,
    update: QuickBooksSparseUpdate,
    requestId?: string,
  ): Promise<T> {
    if (!update.Id || !update.SyncToken) throw new RangeError('A sparse update needs the Id and the SyncToken');
    const operation = `update ${resource(entity)}/${update.Id}`;
    const answer = await this.transport.send<unknown>(company, {
      method: 'POST',
      path: `/${resource(entity)}`,
      params: requestId === undefined ? undefined : { requestid: assertRequestId(requestId) },
      data: { ...update, sparse: true },
      operation,
    });
    return this.written<T>(answer.body, entity, operation, answer.intuitTid);
  }

  /**
   * Change Data Capture: per entity, what changed since then, deleted objects included (as
   * skeletons with `status: "Deleted"`). QuickBooks looks back at most 30 days and answers at most
   * 1000 objects per entity: a list that long may be cut.
   */
  async cdc(
    company: QuickBooksCompanyRef,
    entities: readonly string[],
    changedSince: Date,
  ): Promise<QuickBooksChanges> {
    if (entities.length === 0) throw new RangeError('CDC needs at least one entity');
    if (Number.isNaN(changedSince.getTime())) throw new RangeError('changedSince is not a valid date');
    const names = entities.map(assertQuickBooksEntity);
    const operation = `cdc ${names.join(',')}`;
    const answer = await this.transport.send<unknown>(company, {
      method: 'GET',
      path: '/cdc',
      params: { entities: names.join(','), changedSince: changedSince.toISOString() },
      operation,
    });
    return readChanges(answer.body, names, { operation, intuitTid: answer.intuitTid });
  }

  async companyInfo(company: QuickBooksCompanyRef): Promise<QuickBooksCompanyInfo> {
    const operation = `read companyinfo/${company.realmId}`;
    const path = `/companyinfo/${encodeURIComponent(company.realmId)}`;
    const answer = await this.transport.send<unknown>(company, { method: 'GET', path, operation });
    const info = readEntity(answer.body, 'CompanyInfo', { operation, intuitTid: answer.intuitTid });
    if (!info) throw deletedObjectError(operation, answer.intuitTid);
    return info as QuickBooksCompanyInfo;
  }

  async preferences(company: QuickBooksCompanyRef): Promise<QuickBooksPreferences> {
    const operation = 'read preferences';
    const answer = await this.transport.send<unknown>(company, { method: 'GET', path: '/preferences', operation });
    const preferences = readEntity(answer.body, 'Preferences', { operation, intuitTid: answer.intuitTid });
    if (!preferences) throw deletedObjectError(operation, answer.intuitTid);
    return preferences as QuickBooksPreferences;
  }

  /**
   * The active Undeposited Funds account, or null: found by its detail type (AccountSubType
   * `UndepositedFunds`), never by its name, which a business may change.
   */
  async findUndepositedFundsAccount(company: QuickBooksCompanyRef): Promise<QuickBooksAccount | null> {
    const where: QuickBooksWhere = [{ field: 'AccountSubType', op: '=', value: 'UndepositedFunds' }];
    const [account] = await this.query<QuickBooksAccount>(company, 'Account', where, { maxResults: 1 });
    return account ?? null;
  }

  /**
   * `GET /exchangerate?sourcecurrencycode=&asofdate=`: home-currency units for one unit of
   * `sourceCurrency` on that day (multicurrency companies only), as QuickBooks' exact decimal text.
   */
  async exchangeRate(company: QuickBooksCompanyRef, sourceCurrency: string, asOfDate: string): Promise<string> {
    const operation = `read exchangerate/${sourceCurrency}/${asOfDate}`;
    const answer = await this.transport.send<unknown>(company, {
      method: 'GET',
      path: '/exchangerate',
      params: { sourcecurrencycode: sourceCurrency, asofdate: asOfDate },
      operation,
    });
    const rate = readEntity(answer.body, 'ExchangeRate', { operation, intuitTid: answer.intuitTid })?.Rate;
    if (typeof rate !== 'number' && typeof rate !== 'string')
      throw unexpectedAnswer({ operation, intuitTid: answer.intuitTid }, 'No Rate in the answer');
    return String(rate);
  }

  private written<T>(body: unknown, entity: string, operation: string, intuitTid: string | null): T {
    const object =
      body !== null && typeof body === 'object' ? entityField(body as Record<string, unknown>, entity) : undefined;
    if (object === null || typeof object !== 'object')
      throw unexpectedAnswer({ operation, intuitTid }, `No ${entity} in the answer`);
    return object as T;
  }
}

import { Logger } from '@nestjs/common';
import { startQuickBooksSandbox, type QuickBooksSandbox } from '../../../../../libs/sandbox/quickbooks';
import { generateCompany } from '../../../../../libs/sandbox/quickbooks/generator';
import { connect } from '../../../../../libs/sandbox/quickbooks/testing/connect';
import type { AccessTokenSource } from '../../domain/access-token-source.port';
import {
  QuickBooksFaultError,
  QuickBooksObjectNotFoundError,
  QuickBooksStaleObjectError,
  QuickBooksUnreachableError,
} from '../../domain/quickbooks.errors';
import type { QuickBooksApiClient } from './quickbooks-api.client';
import { isDeletedEntity, type QuickBooksEntity } from './quickbooks-api.types';
import type { QuickBooksRateLimiter } from './quickbooks-rate-limiter';
import { SandboxAccessTokenSource } from './testing/sandbox-access-token-source';
import { buildClient, companyRef, testQuickBooksConfig, testRedisConfig } from './testing/quickbooks-api.test-setup';

const REALM = '9130350000002500';
const company = companyRef(REALM);
const ALL_CUSTOMERS = [{ field: 'Active', op: 'in', values: [true, false] }] as const;

interface Invoice extends QuickBooksEntity {
  Balance: number;
  CustomerRef: { value: string };
}

describe('QuickBooksApiClient against the sandbox', () => {
  let sandbox: QuickBooksSandbox;
  let tokens: SandboxAccessTokenSource;
  let client: QuickBooksApiClient;
  const limiters: QuickBooksRateLimiter[] = [];
  const redis = testRedisConfig('qbo-client');
  let logged: string[];

  function newClient(source: AccessTokenSource, overrides = {}, baseUrl = sandbox.apiBaseUrl): QuickBooksApiClient {
    const built = buildClient(testQuickBooksConfig(baseUrl, overrides), redis, source, { maxRetryDelayMs: 20 });
    limiters.push(built.limiter);
    return built.client;
  }

  beforeAll(async () => {
    sandbox = await startQuickBooksSandbox({
      companies: [generateCompany({ realmId: REALM, customers: 2500, invoices: 40, years: 2024 })],
    });
    const connection = await connect(sandbox, REALM);
    tokens = new SandboxAccessTokenSource(connection.client, connection);
    client = newClient(tokens);
  });

  beforeEach(() => {
    logged = [];
    const capture = (message: unknown) => {
      logged.push(String(message));
    };
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(capture);
    jest.spyOn(Logger.prototype, 'error').mockImplementation(capture);
  });

  afterEach(() => {
    jest.restoreAllMocks();
    sandbox.admin.setChaos({ latencyMs: 0, share429: 0, share500: 0 });
  });

  afterAll(async () => {
    await Promise.all(limiters.map((limiter) => limiter.onApplicationShutdown()));
    await sandbox.close();
  });

  it('pages through 2,500 customers in 3 requests of at most 1000 rows, and counts them', async () => {
    const before = tokens.currentCalls;
    const pageSizes: number[] = [];
    const ids = new Set<string>();
    for await (const page of client.queryPages(company, 'Customer', ALL_CUSTOMERS)) {
      pageSizes.push(page.length);
      for (const customer of page) ids.add(customer.Id);
    }
    expect(pageSizes).toEqual([1000, 1000, 500]);
    expect(ids.size).toBe(2500);
    expect(tokens.currentCalls - before).toBe(3);

    expect(await client.count(company, 'Customer', ALL_CUSTOMERS)).toBe(2500);
    const active = await client.count(company, 'Customer');
    let iterated = 0;
    for await (const customer of client.queryAll(company, 'Customer')) {
      expect(customer.Active).toBe(true);
      iterated += 1;
    }
    expect(iterated).toBe(active);
    expect(
      await client.count(company, 'Customer', [{ field: 'DisplayName', op: '=', value: "Nobody's \\ here" }]),
    ).toBe(0);
  });

  it('queries one page with where, orderby, startposition and maxresults', async () => {
    const rows = await client.query(company, 'Customer', ALL_CUSTOMERS, {
      orderBy: { field: 'Id', descending: true },
      startPosition: 2,
      maxResults: 3,
    });
    expect(rows).toHaveLength(3);
    const first = await client.query(company, 'Customer', [{ field: 'Id', op: '=', value: rows[0].Id }]);
    expect(first.map((r) => r.Id)).toEqual([rows[0].Id]);
    expect(await client.query(company, 'Customer', [{ field: 'Id', op: '=', value: 'none' }])).toEqual([]);
  });

  it('reads an entity, the company info, the preferences and the Undeposited Funds account', async () => {
    const [customer] = await client.query(company, 'Customer', undefined, { maxResults: 1 });
    expect(await client.read(company, 'Customer', customer.Id)).toMatchObject({ Id: customer.Id });
    expect((await client.companyInfo(company)).CompanyName).toBe('Hartley & Moss Joinery Ltd');
    expect((await client.preferences(company)).CurrencyPrefs?.HomeCurrency?.value).toBe('GBP');
    expect(await client.findUndepositedFundsAccount(company)).toMatchObject({
      AccountType: 'Other Current Asset',
      AccountSubType: 'UndepositedFunds',
    });
  });

  it('throws QuickBooksObjectNotFoundError for 610, with the intuit_tid and the operation, unretried', async () => {
    const before = tokens.currentCalls;
    const error = await client.read(company, 'Invoice', '987654').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QuickBooksObjectNotFoundError);
    expect(error).toMatchObject({
      status: 400,
      faultType: 'ValidationFault',
      code: '610',
      operation: 'read invoice/987654',
    });
    expect((error as QuickBooksFaultError).intuitTid).toEqual(expect.any(String));
    expect(tokens.currentCalls - before).toBe(1);
    expect(logged.some((line) => line.includes(`intuit_tid=${(error as QuickBooksFaultError).intuitTid}`))).toBe(true);
  });

  it('creates once per requestid, refuses a requestid over 50 characters', async () => {
    const [invoice] = await client.query<Invoice>(company, 'Invoice', [{ field: 'Balance', op: '>', value: 0 }], {
      maxResults: 1,
    });
    const account = await client.findUndepositedFundsAccount(company);
    const payment = {
      CustomerRef: invoice.CustomerRef,
      CurrencyRef: invoice.CurrencyRef,
      TotalAmt: 1,
      DepositToAccountRef: { value: account?.Id },
      Line: [{ Amount: 1, LinkedTxn: [{ TxnId: invoice.Id, TxnType: 'Invoice' }] }],
    };
    const paymentsBefore = await client.count(company, 'Payment');
    const requestId = `settle-payment-${invoice.Id}-${Date.now()}`;
    const first = await client.create(company, 'Payment', payment, requestId);
    const replay = await client.create(company, 'Payment', payment, requestId);
    expect(replay.Id).toBe(first.Id);
    expect(await client.count(company, 'Payment')).toBe(paymentsBefore + 1);
    expect((await client.read<Invoice>(company, 'Invoice', invoice.Id)).Balance).toBeCloseTo(invoice.Balance - 1, 2);

    const before = tokens.currentCalls;
    await expect(client.create(company, 'Payment', payment, 'x'.repeat(51))).rejects.toThrow(RangeError);
    expect(tokens.currentCalls).toBe(before);
  });

  it('updates sparsely, then fails a stale SyncToken with QuickBooksStaleObjectError (5010) without retrying', async () => {
    const [customer] = await client.query(company, 'Customer', undefined, { maxResults: 1, startPosition: 7 });
    const updated = await client.sparseUpdate(company, 'Customer', {
      Id: customer.Id,
      SyncToken: String(customer.SyncToken),
      CompanyName: "O'Neill & Sons",
    });
    expect(updated).toMatchObject({
      Id: customer.Id,
      CompanyName: "O'Neill & Sons",
      DisplayName: customer.DisplayName,
    });
    expect(Number(updated.SyncToken)).toBe(Number(customer.SyncToken) + 1);
    expect(
      await client.query(company, 'Customer', [{ field: 'CompanyName', op: '=', value: "O'Neill & Sons" }]),
    ).toHaveLength(1);

    const before = tokens.currentCalls;
    const stale = client.sparseUpdate(company, 'Customer', {
      Id: customer.Id,
      SyncToken: String(customer.SyncToken),
      CompanyName: 'Too late',
    });
    await expect(stale).rejects.toBeInstanceOf(QuickBooksStaleObjectError);
    await expect(stale).rejects.toMatchObject({
      code: '5010',
      operation: `update customer/${customer.Id}`,
      transient: false,
    });
    expect(tokens.currentCalls - before).toBe(1);
  });

  it('does not retry a ValidationFault such as a bad query', async () => {
    const before = tokens.currentCalls;
    await expect(
      client.query(company, 'Customer', [{ field: 'DisplayName', op: 'like', pattern: 'Zz%' }], { maxResults: 1 }),
    ).resolves.toEqual([]);
    const error = await client.query(company, 'Nonsense').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QuickBooksFaultError);
    expect(error).toMatchObject({ status: 400, faultType: 'ValidationFault', operation: 'query Nonsense' });
    expect(tokens.currentCalls - before).toBe(2);
  });

  it('reads changes by CDC, deletions included', async () => {
    const since = new Date(Date.now() - 1000);
    const [customer] = await client.query(company, 'Customer', undefined, { maxResults: 1, startPosition: 11 });
    await client.sparseUpdate(company, 'Customer', {
      Id: customer.Id,
      SyncToken: String(customer.SyncToken),
      Notes: 'cdc',
    });
    const [invoice] = await client.query<Invoice>(company, 'Invoice', [{ field: 'Balance', op: '>', value: 0 }], {
      maxResults: 1,
      startPosition: 3,
    });
    sandbox.user.deleteInvoice(REALM, invoice.Id);

    const changes = await client.cdc(company, ['Customer', 'Invoice', 'Item'], since);
    expect(Object.keys(changes)).toEqual(['Customer', 'Invoice', 'Item']);
    expect(changes.Customer.map((c) => c.Id)).toContain(customer.Id);
    expect(changes.Invoice.filter(isDeletedEntity).map((i) => i.Id)).toEqual([invoice.Id]);
    expect(changes.Item).toEqual([]);
    await expect(client.read(company, 'Invoice', invoice.Id)).rejects.toBeInstanceOf(QuickBooksObjectNotFoundError);
  });

  it('rides out a storm of 429s and 500s with small retry delays', async () => {
    // With three answers in five failing, a request fails twenty times running about once in 27,000:
    // seen once in a full run. Forty attempts (waits of at most 20 ms) make it about once in 750 million.
    const stormy = newClient(tokens, { maxAttempts: 40, retryBaseMs: 2, throttleRetryMs: 2 });
    sandbox.admin.setChaos({ share429: 0.3, share500: 0.3 });
    const before = tokens.currentCalls;
    const results = await Promise.all([
      stormy.count(company, 'Customer', ALL_CUSTOMERS),
      ...Array.from({ length: 8 }, () => stormy.preferences(company)),
      stormy.companyInfo(company),
    ]);
    expect(results[0]).toBe(2500);
    expect(tokens.currentCalls - before).toBeGreaterThan(10);
    expect(logged.some((line) => / 429 ThrottleExceeded 3001 intuit_tid=\S+/.test(line))).toBe(true);
    expect(logged.some((line) => / 500 SystemFault 10000 intuit_tid=\S+/.test(line))).toBe(true);
  });

  it('gives up after maxAttempts with the typed, transient error', async () => {
    sandbox.admin.setChaos({ share500: 1 });
    const before = tokens.currentCalls;
    const error = await client.preferences(company).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QuickBooksFaultError);
    expect(error).toMatchObject({
      status: 500,
      faultType: 'SystemFault',
      transient: true,
      operation: 'read preferences',
    });
    expect(tokens.currentCalls - before).toBe(4);
  });

  it('after a 401 for an expired token refreshes once and succeeds, and never logs the token', async () => {
    const stale = await tokens.current();
    sandbox.admin.expireAccessTokens();
    const unauthorizedBefore = tokens.unauthorizedCalls;
    const refreshesBefore = tokens.refreshes;
    expect((await client.companyInfo(company)).CompanyName).toBe('Hartley & Moss Joinery Ltd');
    expect(tokens.unauthorizedCalls - unauthorizedBefore).toBe(1);
    expect(tokens.refreshes - refreshesBefore).toBe(1);
    expect(await tokens.current()).not.toBe(stale);
    expect(logged.some((line) => line.includes('401 AuthenticationFault 3200'))).toBe(true);
    expect(logged.join('\n')).not.toContain(stale.slice(0, 8));
  });

  it('throws the second 401 instead of refreshing again', async () => {
    const refused: AccessTokenSource = {
      current: async () => 'not-a-valid-token-at-all',
      afterUnauthorized: jest.fn(async () => 'still-not-a-valid-token'),
    };
    const error = await newClient(refused)
      .preferences(company)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QuickBooksFaultError);
    expect(error).toMatchObject({ status: 401, faultType: 'AuthenticationFault' });
    expect(refused.afterUnauthorized).toHaveBeenCalledTimes(1);
    expect(refused.afterUnauthorized).toHaveBeenCalledWith(company, 'not-a-valid-token-at-all');
    expect(logged.join('\n')).not.toContain('not-a-valid');
    expect(logged.join('\n')).not.toContain('still-not-a');
  });

  it('maps a network failure to QuickBooksUnreachableError after the retries', async () => {
    const nowhere = newClient(tokens, { maxAttempts: 2 }, 'http://127.0.0.1:1');
    const before = tokens.currentCalls;
    const error = await nowhere.preferences(company).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QuickBooksUnreachableError);
    expect(error).toMatchObject({ operation: 'read preferences' });
    expect(tokens.currentCalls - before).toBe(2);
  });
});

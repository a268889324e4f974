import { Logger } from '@nestjs/common';
import { startQuickBooksSandbox, type QuickBooksSandbox } from '../../../../../libs/sandbox/quickbooks';
import { generateCompany } from '../../../../../libs/sandbox/quickbooks/generator';
import { connect } from '../../../../../libs/sandbox/quickbooks/testing/connect';
import { QuickBooksRateLimitTimeoutError } from '../../domain/quickbooks.errors';
import type { QuickBooksApiOptions } from './quickbooks-api.options';
import { QuickBooksRateLimiter } from './quickbooks-rate-limiter';
import { SandboxAccessTokenSource } from './testing/sandbox-access-token-source';
import { buildClient, companyRef, testQuickBooksConfig, testRedisConfig } from './testing/quickbooks-api.test-setup';

describe('QuickBooksRateLimiter (Redis)', () => {
  const redis = testRedisConfig('qbo-limiter');
  const limiters: QuickBooksRateLimiter[] = [];

  function limiter(perWindow: number, concurrent: number, options: QuickBooksApiOptions): QuickBooksRateLimiter {
    const config = testQuickBooksConfig('http://127.0.0.1:1', {
      requestsPerMinute: perWindow,
      concurrentRequests: concurrent,
    });
    const created = new QuickBooksRateLimiter(redis, config, { pollMs: 5, ...options });
    limiters.push(created);
    return created;
  }

  /** Opens each limiter's Redis connection (made lazily, by the first call), so timings leave it out. */
  async function connected(...opened: QuickBooksRateLimiter[]): Promise<void> {
    await Promise.all(opened.map((rate) => rate.usage('connecting')));
  }

  afterAll(async () => {
    await Promise.all(limiters.map((l) => l.onApplicationShutdown()));
  });

  it('admits requestsPerMinute per sliding window, then waits for the oldest to leave it', async () => {
    // A window long enough for three round trips on a busy machine, once connected: with 300 ms and
    // the connection made by the first acquire, all three had left the window (seen once in CI).
    const rate = limiter(3, 10, { windowMs: 1000 });
    await connected(rate);
    const started = Date.now();
    for (let i = 0; i < 3; i += 1) await (await rate.acquire('window')).release();
    expect(await rate.usage('window')).toEqual({ inFlight: 0, inWindow: 3 });
    await (await rate.acquire('window')).release();
    expect(Date.now() - started).toBeGreaterThanOrEqual(990);
  });

  it('admits concurrentRequests at once and the next when one is released', async () => {
    const rate = limiter(100, 2, { windowMs: 1000 });
    const [a, b] = await Promise.all([rate.acquire('concurrent'), rate.acquire('concurrent')]);
    let third = false;
    const waiting = rate.acquire('concurrent').then((slot) => {
      third = true;
      return slot;
    });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(third).toBe(false);
    expect((await rate.usage('concurrent')).inFlight).toBe(2);
    await a.release();
    await (await waiting).release();
    await b.release();
    await a.release();
    expect((await rate.usage('concurrent')).inFlight).toBe(0);
  });

  it('keeps realms apart, shares a realm between instances, and frees the slot of a crashed holder', async () => {
    const first = limiter(100, 1, { windowMs: 1000, leaseMs: 150 });
    const second = limiter(100, 1, { windowMs: 1000, leaseMs: 150 });
    await connected(first, second);
    const leased = Date.now();
    await first.acquire('crashed');
    await (await second.acquire('elsewhere')).release();
    await (await second.acquire('crashed')).release();
    expect(Date.now() - leased).toBeGreaterThanOrEqual(145);
  });

  it('gives up after maxWaitMs with a transient QuickBooksRateLimitTimeoutError', async () => {
    const rate = limiter(100, 1, { windowMs: 1000, maxWaitMs: 80 });
    const held = await rate.acquire('busy');
    const error = await rate.acquire('busy').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QuickBooksRateLimitTimeoutError);
    expect(error).toMatchObject({ realmId: 'busy', transient: true });
    await held.release();
  });
});

describe('Two client processes sharing the limits in Redis', () => {
  const REALM = '9130350000000040';
  const WINDOW_MS = 1000;
  const LIMITS = { perMinute: 20, concurrent: 3, windowMs: WINDOW_MS };
  let sandbox: QuickBooksSandbox;

  beforeAll(async () => {
    sandbox = await startQuickBooksSandbox({
      companies: [generateCompany({ realmId: REALM, customers: 5, invoices: 0, years: 2024 })],
      limits: LIMITS,
    });
  });
  afterAll(() => sandbox.close());

  it('keeps 40 requests from two instances within 20 a window and 3 at once: QuickBooks never throttles', async () => {
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const connection = await connect(sandbox, REALM);
    const tokens = new SandboxAccessTokenSource(connection.client, connection);
    const redis = testRedisConfig('qbo-two-processes');
    const config = testQuickBooksConfig(sandbox.apiBaseUrl, {
      requestsPerMinute: LIMITS.perMinute,
      concurrentRequests: LIMITS.concurrent,
      maxAttempts: 1,
    });
    const processes = [1, 2].map(() => buildClient(config, redis, tokens, { windowMs: WINDOW_MS, pollMs: 5 }));
    sandbox.admin.setLimits(LIMITS);
    sandbox.admin.setChaos({ latencyMs: 15 });
    const company = companyRef(REALM);
    const started = Date.now();
    try {
      const answers = await Promise.all(
        Array.from({ length: 40 }, (_, i) => processes[i % 2].client.preferences(company)),
      );
      expect(answers).toHaveLength(40);
    } finally {
      sandbox.admin.setChaos({ latencyMs: 0 });
      await Promise.all(processes.map((p) => p.limiter.onApplicationShutdown()));
      jest.restoreAllMocks();
    }
    expect(tokens.currentCalls).toBe(40);
    expect(Date.now() - started).toBeGreaterThanOrEqual(WINDOW_MS);
  });
});

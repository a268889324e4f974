import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import axios, { type AxiosInstance, type AxiosResponse } from 'axios';
import { ACCESS_TOKEN_SOURCE, type AccessTokenSource } from '../../domain/access-token-source.port';
import type { QuickBooksCompanyRef } from '../../domain/quickbooks-company.ref';
import { QuickBooksFaultError, QuickBooksUnreachableError } from '../../domain/quickbooks.errors';
import { QuickBooksConfig, quickbooksConfig } from '../quickbooks.config';
import { DEFAULT_TIMEOUT_MS, QUICKBOOKS_API_OPTIONS, type QuickBooksApiOptions } from './quickbooks-api.options';
import { mapQuickBooksFault } from './quickbooks-fault.mapper';
import { parseQuickBooksJson } from './quickbooks-json';
import { QuickBooksRateLimiter } from './quickbooks-rate-limiter';
import { RetryPolicy } from './retry-policy';

export interface QuickBooksRequest {
  method: 'GET' | 'POST';
  /** Below `/v3/company/{realmId}`, e.g. `/query` or `/invoice/130`. */
  path: string;
  params?: Record<string, string>;
  data?: unknown;
  /** What the request does, for errors and logs: "query Invoice", "read invoice/130". */
  operation: string;
}

export interface QuickBooksAnswer<T> {
  body: T;
  intuitTid: string | null;
}

const GIVING_UP = 'giving up';

type Attempt = { ok: true; answer: QuickBooksAnswer<object> } | { ok: false; error: Error; retryAfterMs?: number };

function header(response: AxiosResponse, name: string): string | null {
  const value: unknown = response.headers[name];
  return typeof value === 'string' && value !== '' ? value : null;
}

/** A successful answer's JSON; undefined when it is not JSON. */
function jsonOf(response: AxiosResponse<Buffer>): unknown {
  try {
    return parseQuickBooksJson(response.data);
  } catch {
    return undefined;
  }
}

/** Retry-After in seconds or as an HTTP date. */
function retryAfterMs(response: AxiosResponse): number | undefined {
  const value = header(response, 'retry-after');
  if (value === null) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

/** A network failure without axios' request config (which holds the bearer token). */
function networkCause(error: unknown): Error {
  if (!(error instanceof Error)) return new Error(String(error));
  const code = (error as { code?: unknown }).code;
  return new Error(typeof code === 'string' ? `${code}: ${error.message}` : error.message);
}

/**
 * One QuickBooks request, done properly: a slot from the per-realm limiter for each attempt, the
 * bearer token from the AccessTokenSource (one refresh and retry after a 401), retries of 429, 5xx
 * and network failures with backoff, Faults mapped to typed errors, every failure logged with its
 * intuit_tid and never a token.
 */
@Injectable()
export class QuickBooksTransport {
  private readonly logger = new Logger('QuickBooksApi');
  private readonly http: AxiosInstance;
  private readonly retry: RetryPolicy;

  constructor(
    @Inject(quickbooksConfig.KEY) private readonly config: QuickBooksConfig,
    @Inject(ACCESS_TOKEN_SOURCE) private readonly tokens: AccessTokenSource,
    private readonly limiter: QuickBooksRateLimiter,
    @Optional() @Inject(QUICKBOOKS_API_OPTIONS) options: QuickBooksApiOptions = {},
  ) {
    this.http = axios.create({
      baseURL: config.apiBaseUrl,
      timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      validateStatus: () => true,
    });
    this.retry = new RetryPolicy({
      maxAttempts: config.maxAttempts,
      baseMs: config.retryBaseMs,
      throttleMs: config.throttleRetryMs,
      maxDelayMs: options.maxRetryDelayMs ?? 2 * config.throttleRetryMs,
    });
  }

  async send<T>(company: QuickBooksCompanyRef, request: QuickBooksRequest): Promise<QuickBooksAnswer<T>> {
    let token = await this.tokens.current(company);
    let refreshed = false;
    let attempt = 1;
    for (;;) {
      const outcome = await this.attempt(company, request, token);
      if (outcome.ok) return outcome.answer as QuickBooksAnswer<T>;
      const { error } = outcome;
      if (error instanceof QuickBooksFaultError && error.status === 401 && !refreshed) {
        this.logFailure(company, error, attempt, 'refreshing the token once and retrying');
        refreshed = true;
        token = await this.tokens.afterUnauthorized(company, token);
        continue;
      }
      if (!this.retry.shouldRetry(error, attempt)) {
        this.logFailure(company, error, attempt, GIVING_UP);
        throw error;
      }
      const delayMs = this.retry.delayMs(error, attempt, outcome.retryAfterMs);
      this.logFailure(company, error, attempt, `retrying in ${delayMs} ms`);
      await sleep(delayMs);
      attempt += 1;
      token = await this.tokens.current(company);
    }
  }

  private async attempt(company: QuickBooksCompanyRef, request: QuickBooksRequest, token: string): Promise<Attempt> {
    const slot = await this.limiter.acquire(company.realmId);
    try {
      const response = await this.http.request<Buffer>({
        method: request.method,
        url: `/v3/company/${encodeURIComponent(company.realmId)}${request.path}`,
        params: { ...request.params, minorversion: String(this.config.minorVersion) },
        data: request.data,
        headers: { Accept: 'application/json', Authorization: `Bearer ${token}` },
        responseType: 'arraybuffer',
      });
      if (response.status >= 200 && response.status < 300) {
        const body = jsonOf(response);
        if (body !== null && typeof body === 'object') {
          return { ok: true, answer: { body, intuitTid: header(response, 'intuit_tid') } };
        }
        const error = new QuickBooksFaultError(
          response.status,
          'UnreadableResponse',
          null,
          'The answer was not JSON',
          header(response, 'intuit_tid'),
          request.operation,
        );
        return { ok: false, error };
      }
      // The fault mapper reads a Fault from the text, JSON or XML.
      const failed = {
        status: response.status,
        body: response.data.toString('utf8'),
        intuitTid: header(response, 'intuit_tid'),
      };
      return {
        ok: false,
        error: mapQuickBooksFault(failed, request.operation, [token]),
        retryAfterMs: retryAfterMs(response),
      };
    } catch (error) {
      return { ok: false, error: new QuickBooksUnreachableError(request.operation, networkCause(error)) };
    } finally {
      await slot
        .release()
        .catch((error: unknown) =>
          this.logger.warn(`Could not release a QuickBooks request slot (it expires on its own): ${String(error)}`),
        );
    }
  }

  /** Retried failures and 4xx answers are warnings; a transient failure given up on is an error. */
  private logFailure(company: QuickBooksCompanyRef, error: Error, attempt: number, next: string): void {
    const where = `realm ${company.realmId}, attempt ${attempt}/${this.retry.maxAttempts}`;
    const finalTransient = next === GIVING_UP && !(error instanceof QuickBooksFaultError && !error.transient);
    const line =
      error instanceof QuickBooksFaultError
        ? `QuickBooks ${error.operation} failed (${where}): ${error.status} ${error.faultType}${
            error.code ? ` ${error.code}` : ''
          } intuit_tid=${error.intuitTid ?? 'none'}: ${error.detail}; ${next}`
        : `${error.message} (${where}, intuit_tid=none); ${next}`;
    if (finalTransient) this.logger.error(line);
    else this.logger.warn(line);
  }
}

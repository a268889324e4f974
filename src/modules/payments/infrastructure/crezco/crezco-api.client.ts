import { Inject, Injectable, Logger } from '@nestjs/common';
import axios, { type AxiosInstance } from 'axios';
import {
  CREZCO_KEY_HEADER,
  type CrezcoErrorBody,
  type CrezcoPayDemand,
  type CrezcoPayDemandRequest,
  type CrezcoPayment,
  type CrezcoPaymentStatus,
  type CrezcoRedirect,
  type CrezcoUser,
} from '../../../../../libs/crezco';
import { crezcoConfig, type CrezcoConfig } from './crezco.config';

/** Crezco answered with an error, or not at all. */
export class CrezcoApiError extends Error {
  constructor(
    readonly operation: string,
    readonly status: number | null,
    detail: string,
  ) {
    super(`${operation}: ${status === null ? 'no answer' : `HTTP ${status}`}: ${detail}`);
    this.name = 'CrezcoApiError';
  }
}

interface CrezcoCall {
  operation: string;
  method: 'GET' | 'POST';
  path: string;
  params?: Record<string, string>;
  data?: unknown;
  /** The status Crezco is documented (or inferred) to answer on success. */
  expect: number[];
}

/**
 * What a body looks like without what it says: its type, and for an object its keys (with the type
 * of each value). Logged for every answer so a first run against the real Crezco shows any
 * difference from the sandbox, and never a name, an email or an amount.
 */
export function shapeOf(body: unknown): unknown {
  if (Array.isArray(body)) return body.length === 0 ? [] : [shapeOf(body[0]), `×${body.length}`];
  if (body === null) return 'null';
  if (typeof body !== 'object') return typeof body;
  return Object.fromEntries(
    Object.entries(body as Record<string, unknown>).map(([key, value]) => [
      key,
      value !== null && typeof value === 'object' && !Array.isArray(value) ? shapeOf(value) : typeof value,
    ]),
  );
}

function detailOf(body: unknown): string {
  if (body && typeof body === 'object') {
    const error = body as Partial<CrezcoErrorBody>;
    const detail = error.detail ?? error.Detail ?? error.title;
    if (typeof detail === 'string') return detail.slice(0, 300);
  }
  return typeof body === 'string' ? body.slice(0, 300) : 'no detail';
}

const networkCause = (error: unknown) => {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  return typeof code === 'string' ? `${code}: ${message}` : message;
};

/**
 * A small typed client of Crezco's Collect (partner v1) API for exactly the calls Settle makes,
 * with `X-Crezco-Key` on each. Crezco publishes no SDK; see shared/providers/crezco.md.
 */
@Injectable()
export class CrezcoApiClient {
  private readonly logger = new Logger('CrezcoApi');
  private readonly http: AxiosInstance;

  constructor(@Inject(crezcoConfig.KEY) config: CrezcoConfig) {
    this.http = axios.create({
      baseURL: config.apiBaseUrl,
      timeout: config.timeoutMs,
      headers: { [CREZCO_KEY_HEADER]: config.apiKey, Accept: 'application/json' },
      validateStatus: () => true,
    });
  }

  getUser(userId: string): Promise<CrezcoUser> {
    return this.call({ operation: 'get user', method: 'GET', path: `/v1/users/${enc(userId)}`, expect: [200] });
  }

  /** 201 with the demand (docs) or its bare id as a JSON string (Crezco's OpenCart code). */
  createPayDemand(userId: string, body: CrezcoPayDemandRequest): Promise<CrezcoPayDemand | string> {
    return this.call({
      operation: 'create pay demand',
      method: 'POST',
      path: `/v1/users/${enc(userId)}/pay-demands`,
      data: body,
      expect: [200, 201],
    });
  }

  createRedirectPayment(userId: string, payDemandId: string, params: Record<string, string>): Promise<CrezcoRedirect> {
    return this.call({
      operation: 'create payment',
      method: 'POST',
      path: `/v1/users/${enc(userId)}/pay-demands/${enc(payDemandId)}/payment`,
      params,
      data: {},
      expect: [200, 201],
    });
  }

  payDemandPayments(payDemandId: string): Promise<CrezcoPayment[]> {
    return this.call({
      operation: 'list payments of pay demand',
      method: 'GET',
      path: `/v1/pay-demands/${enc(payDemandId)}/payments`,
      expect: [200],
    });
  }

  paymentStatus(paymentId: string): Promise<CrezcoPaymentStatus> {
    return this.call({
      operation: 'get payment status',
      method: 'GET',
      path: `/v1/payments/${enc(paymentId)}/status`,
      expect: [200],
    });
  }

  private async call<T>(call: CrezcoCall): Promise<T> {
    let response;
    try {
      response = await this.http.request<unknown>({
        method: call.method,
        url: call.path,
        params: call.params,
        data: call.data,
      });
    } catch (error) {
      this.logger.warn({ operation: call.operation, cause: networkCause(error) }, 'Crezco did not answer');
      throw new CrezcoApiError(call.operation, null, networkCause(error));
    }
    const shape = shapeOf(response.data);
    if (!call.expect.includes(response.status)) {
      this.logger.warn({ operation: call.operation, status: response.status, shape }, 'Crezco refused');
      throw new CrezcoApiError(call.operation, response.status, detailOf(response.data));
    }
    this.logger.log({ operation: call.operation, status: response.status, shape }, 'Crezco answered');
    return response.data as T;
  }
}

const enc = encodeURIComponent;

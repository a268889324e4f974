import type { Request } from 'express';

/** What a send asked for, normalised to strings (JSON bodies may carry booleans and numbers). */
export interface SmsRequest {
  apiKey?: string;
  apiSecret?: string;
  to?: string;
  from?: string;
  text?: string;
  type?: string;
  clientRef?: string;
  callback?: string;
  statusReportReq: boolean;
  /** 'json' as the 3.27 SDK sends, or 'form' (application/x-www-form-urlencoded). */
  encoding: 'json' | 'form';
}

type Params = Record<string, unknown>;

function stringOf(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

function basicCredentials(header: string | undefined): { apiKey?: string; apiSecret?: string } {
  const match = /^Basic\s+(\S+)$/i.exec(header ?? '');
  if (!match) return {};
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? {} : { apiKey: decoded.slice(0, colon), apiSecret: decoded.slice(colon + 1) };
}

function reportRequested(value: unknown): boolean {
  const text = stringOf(value)?.toLowerCase();
  return text === undefined || !['false', '0'].includes(text);
}

/** Reads a POST /sms/json: credentials from the Basic header, else from api_key/api_secret in the body. */
export function readSmsRequest(req: Request): SmsRequest {
  const body = (req.body && typeof req.body === 'object' ? req.body : {}) as Params;
  const basic = basicCredentials(req.headers.authorization);
  return {
    apiKey: basic.apiKey ?? stringOf(body.api_key),
    apiSecret: basic.apiSecret ?? stringOf(body.api_secret),
    to: stringOf(body.to),
    from: stringOf(body.from),
    text: stringOf(body.text),
    type: stringOf(body.type),
    clientRef: stringOf(body['client-ref']),
    callback: stringOf(body.callback),
    statusReportReq: reportRequested(body['status-report-req']),
    encoding: req.is('application/x-www-form-urlencoded') ? 'form' : 'json',
  };
}

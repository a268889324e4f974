import type { Response } from 'express';
import type { CausingRequest } from '../events/event-log';
import type { FormHash } from './form-body';

/** What the pipeline learnt about an API request before its route runs. */
export interface ApiCall {
  requestId: string;
  /** The account the request acts on: the platform's, or the one named by Stripe-Account. */
  accountId: string;
  /** The key it authenticated with, for error messages. */
  apiKey: string;
  idempotencyKey: string | null;
  /** Body parameters of a POST, query parameters otherwise. */
  params: FormHash;
}

export function callOf(res: Response): ApiCall {
  return res.locals.call as ApiCall;
}

export function causingRequestOf(res: Response): CausingRequest {
  const call = callOf(res);
  return { id: call.requestId, idempotencyKey: call.idempotencyKey };
}

/** Path and query of the request as the client sent them (Express strips the mount point from req.path). */
export function pathOf(originalUrl: string): string {
  return originalUrl.split('?')[0];
}

export function queryOf(originalUrl: string): string {
  const index = originalUrl.indexOf('?');
  return index < 0 ? '' : originalUrl.slice(index + 1);
}

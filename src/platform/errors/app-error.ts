/** What kind of failure an error is; the HTTP layer alone turns a kind into a status. */
export type ErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'payload_too_large'
  | 'rate_limited'
  | 'unavailable';

export interface FieldError {
  field: string;
  message: string;
}

/**
 * Every expected failure in Settle: a stable namespaced code (`ACCOUNTS.EMAIL_TAKEN`), a kind,
 * and a message fit to show to the caller. Plain TypeScript, so domain code may throw it.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly kind: ErrorKind,
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

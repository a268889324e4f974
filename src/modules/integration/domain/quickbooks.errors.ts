/** A QuickBooks Fault, typed: what failed, Intuit's code and message, and the intuit_tid to quote. */
export class QuickBooksFaultError extends Error {
  constructor(
    readonly status: number,
    readonly faultType: string,
    readonly code: string | null,
    readonly detail: string,
    readonly intuitTid: string | null,
    readonly operation: string,
  ) {
    super(`QuickBooks ${operation} failed: ${status} ${faultType}${code ? ` ${code}` : ''}: ${detail}`);
    this.name = 'QuickBooksFaultError';
  }

  /** 429, 5xx: worth retrying later. */
  get transient(): boolean {
    return this.status === 429 || this.status >= 500;
  }
}

/** 5010: the SyncToken sent is not the current one; reread and try again. */
export class QuickBooksStaleObjectError extends QuickBooksFaultError {}

/** 610 Object Not Found, or an entity answered as {status: "Deleted"}. */
export class QuickBooksObjectNotFoundError extends QuickBooksFaultError {}

/** The refresh token was refused (invalid_grant) or the connection is not connected. */
export class QuickBooksConnectionLostError extends Error {
  constructor(
    readonly connectionId: string,
    reason: string,
  ) {
    super(`QuickBooks connection ${connectionId} needs reconnecting: ${reason}`);
    this.name = 'QuickBooksConnectionLostError';
  }
}

/** The network failed before QuickBooks answered (timeout, reset, refused). */
export class QuickBooksUnreachableError extends Error {
  constructor(
    readonly operation: string,
    cause: unknown,
  ) {
    super(`QuickBooks ${operation} did not answer: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
    this.name = 'QuickBooksUnreachableError';
  }
}

/** No request slot for the realm within the wait allowed (Settle's own limiter); retry the job later. */
export class QuickBooksRateLimitTimeoutError extends Error {
  readonly transient = true;

  constructor(
    readonly realmId: string,
    readonly waitedMs: number,
  ) {
    super(`No QuickBooks request slot for realm ${realmId} after ${waitedMs} ms`);
    this.name = 'QuickBooksRateLimitTimeoutError';
  }
}

/** A payment QuickBooks cannot take as it stands (the invoice gone, another currency, no Undeposited Funds). */
export class QuickBooksPaymentRefusedError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'QuickBooksPaymentRefusedError';
  }
}

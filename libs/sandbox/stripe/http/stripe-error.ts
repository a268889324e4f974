export type StripeErrorType = 'api_error' | 'card_error' | 'idempotency_error' | 'invalid_request_error';

/** The `error` member of a Stripe error body (docs.stripe.com/api/errors). */
export interface StripeErrorBody {
  type: StripeErrorType;
  message: string;
  code?: string;
  param?: string;
  decline_code?: string;
  doc_url?: string;
  request_log_url?: string;
  payment_intent?: unknown;
  charge?: string;
}

export interface StripeErrorOptions {
  /** Sent as `Stripe-Should-Retry` when set. */
  shouldRetry?: boolean;
  /**
   * Whether an idempotent replay would answer it again: Stripe stores the result only once the
   * endpoint began executing, not validation failures (docs.stripe.com/api/idempotent_requests).
   */
  stored?: boolean;
}

/** An answer in Stripe's error JSON with its HTTP status. */
export class StripeApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: StripeErrorBody,
    readonly options: StripeErrorOptions = {},
  ) {
    super(body.message);
  }
}

function withDocs(body: StripeErrorBody): StripeErrorBody {
  return body.code ? { ...body, doc_url: `https://stripe.com/docs/error-codes/${body.code.replace(/_/g, '-')}` } : body;
}

function invalid(status: number, body: Omit<StripeErrorBody, 'type'>, options?: StripeErrorOptions): StripeApiError {
  return new StripeApiError(status, withDocs({ type: 'invalid_request_error', ...body }), options);
}

/** Masks a key the way Stripe's messages show it: the prefix, stars, the last four. */
export function maskKey(key: string): string {
  const prefix = /^(sk|rk|pk)_(test|live)_/.exec(key)?.[0] ?? '';
  return `${prefix}${'*'.repeat(Math.max(key.length - prefix.length - 4, 0))}${key.slice(-4)}`;
}

/** The errors the sandbox answers; messages follow Stripe's where known (unverified wording noted in README). */
export const stripeErrors = {
  missingKey: () =>
    invalid(401, {
      message:
        "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.",
    }),
  invalidKey: (key: string) => invalid(401, { message: `Invalid API Key provided: ${maskKey(key)}` }),
  accountInvalid: (key: string, account: string) =>
    invalid(403, {
      code: 'account_invalid',
      message: `The provided key '${maskKey(key)}' does not have access to account '${account}' (or that account does not exist). Application access may have been revoked.`,
    }),
  notFound: (method: string, path: string) =>
    invalid(404, {
      message: `Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
    }),
  resourceMissing: (objectName: string, id: string, param = 'id') =>
    invalid(404, { code: 'resource_missing', param, message: `No such ${objectName}: '${id}'` }, { stored: true }),
  parameterMissing: (param: string) =>
    invalid(400, { code: 'parameter_missing', param, message: `Missing required param: ${param}.` }),
  parameterUnknown: (param: string) =>
    invalid(400, {
      code: 'parameter_unknown',
      param,
      message: `Received unknown parameter: ${param}`,
    }),
  invalidParam: (param: string, message: string, code?: string) => invalid(400, { code, param, message }),
  invalidState: (message: string, code?: string) => invalid(400, { code, message }, { stored: true }),
  amountTooSmall: (param: string, message: string) => invalid(400, { code: 'amount_too_small', param, message }),
  idempotencyMismatch: (key: string) =>
    new StripeApiError(400, {
      type: 'idempotency_error',
      message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
    }),
  rateLimit: (shouldRetry?: boolean) =>
    invalid(
      429,
      {
        code: 'rate_limit',
        message: 'Request rate limit exceeded. Learn more about rate limits here https://stripe.com/docs/rate-limits.',
      },
      { shouldRetry },
    ),
  lockTimeout: (shouldRetry = true) =>
    invalid(
      429,
      {
        code: 'lock_timeout',
        message:
          'This object cannot be accessed right now because another API request or Stripe process is currently accessing it. If you see this error intermittently, retry the request.',
      },
      { shouldRetry },
    ),
  apiError: (shouldRetry?: boolean) =>
    new StripeApiError(500, { type: 'api_error', message: 'An unknown error occurred' }, { shouldRetry }),
};

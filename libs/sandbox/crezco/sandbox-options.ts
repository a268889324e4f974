import type { CrezcoPaymentStatusCode } from '../../crezco';

/** What a reference outside Crezco's rules gets: a 400 at creation, a Denied payment at the bank, or nothing. */
export type ReferenceRule = 'reject' | 'deny' | 'accept';

/** How long a payment waits in each state before the next one; null = until `admin.advance`. */
export interface StatusTimings {
  /** Authorised → Accepted (default 500 ms). */
  acceptedAfterMs: number | null;
  /** Accepted → Completed (default 1 s). */
  completedAfterMs: number | null;
  /** A payment still New this long after it was made ends as `bankTimeoutStatus` (default 7 minutes, V). */
  bankTimeoutMs: number | null;
}

export interface CrezcoSandboxOptions {
  /** 0 (the default) picks a free port. The server listens on 127.0.0.1 only. */
  port?: number;
  /** The partner's `X-Crezco-Key`. */
  apiKey?: string;
  /** The `partner_id` onboarding URLs must carry (at Crezco's sandbox: `{partnercode}-sandbox`). */
  partnerId?: string;
  /** A `PaymentAll` webhook registered from the start (and again after reset); more via `POST /v1/webhooks`. */
  webhookUrl?: string;
  /** Currencies pay demands may use (default GBP only: the only one Crezco's v1 docs show). */
  currencies?: string[];
  /** The 201 body of a new pay demand: the full object (docs, default) or its bare id as a JSON string (Crezco's OpenCart code). */
  payDemandResponse?: 'object' | 'id';
  /** See ReferenceRule (default 'reject': a 400 naming `request.reference`). */
  referenceRule?: ReferenceRule;
  /** Accept `amount` as a JSON number too (default false: only decimal strings). */
  acceptNumberAmounts?: boolean;
  /** Refuse an `idempotencyId` that is not a UUID (default true: the docs only show UUIDs). */
  idempotencyIdMustBeUuid?: boolean;
  /** Same `idempotencyId`, other request: 409 (default 'reject') or the first result again ('replay'). */
  idempotencyConflict?: 'reject' | 'replay';
  /** The status code a completed payment answers (default 'Completed', a name Crezco never documents). */
  completedStatusCode?: string;
  statusTimings?: Partial<StatusTimings>;
  /** Where a payment left at the bank too long ends (default 'Failed'). */
  bankTimeoutStatus?: Extract<CrezcoPaymentStatusCode, 'Failed' | 'Cancelled'>;
  /** A webhook body is a JSON array of events (default, what Crezco's code reads) or one bare event (the docs sample). */
  webhookBody?: 'array' | 'object';
  /** What a webhook event's `id` is: the payment (default, Crezco's code) or the pay demand (the docs' wording). */
  webhookEventId?: 'payment' | 'payDemand';
  /** `partnerMetadata` echoes the demand's metadata (default) or is `{}` (the docs sample). */
  partnerMetadata?: 'echo' | 'empty';
  /** Also send `PaymentAccepted` when a payment is Accepted (default false: only third-party code shows it). */
  acceptedEvents?: boolean;
  /** Waits before each retry of a webhook the receiver did not take with a 2xx (default none: unverified). */
  webhookRetryDelaysMs?: number[];
  webhookTimeoutMs?: number;
  /** Append `payment-id`, `pay-demand-id` and `status` to the callback URIs (default false: unverified). */
  appendCallbackParams?: boolean;
  /** Status of a missing or wrong `X-Crezco-Key` (default 401). */
  authFailureStatus?: number;
  /** Errors spell their detail `detail` (default) or `Detail` (both seen by Crezco's OpenCart client). */
  errorDetailKey?: 'detail' | 'Detail';
}

export interface ResolvedSandboxOptions {
  port: number;
  apiKey: string;
  partnerId: string;
  webhookUrl?: string;
  currencies: string[];
  payDemandResponse: 'object' | 'id';
  referenceRule: ReferenceRule;
  acceptNumberAmounts: boolean;
  idempotencyIdMustBeUuid: boolean;
  idempotencyConflict: 'reject' | 'replay';
  completedStatusCode: string;
  statusTimings: StatusTimings;
  bankTimeoutStatus: 'Failed' | 'Cancelled';
  webhookBody: 'array' | 'object';
  webhookEventId: 'payment' | 'payDemand';
  partnerMetadata: 'echo' | 'empty';
  acceptedEvents: boolean;
  webhookRetryDelaysMs: number[];
  webhookTimeoutMs: number;
  appendCallbackParams: boolean;
  authFailureStatus: number;
  errorDetailKey: 'detail' | 'Detail';
}

export const DEFAULT_STATUS_TIMINGS: StatusTimings = {
  acceptedAfterMs: 500,
  completedAfterMs: 1000,
  bankTimeoutMs: 7 * 60 * 1000,
};

export function resolveOptions(options: CrezcoSandboxOptions): ResolvedSandboxOptions {
  return {
    port: options.port ?? 0,
    apiKey: options.apiKey ?? 'crezco-sandbox-api-key',
    partnerId: options.partnerId ?? 'settle-sandbox',
    webhookUrl: options.webhookUrl,
    currencies: (options.currencies ?? ['GBP']).map((currency) => currency.toUpperCase()),
    payDemandResponse: options.payDemandResponse ?? 'object',
    referenceRule: options.referenceRule ?? 'reject',
    acceptNumberAmounts: options.acceptNumberAmounts ?? false,
    idempotencyIdMustBeUuid: options.idempotencyIdMustBeUuid ?? true,
    idempotencyConflict: options.idempotencyConflict ?? 'reject',
    completedStatusCode: options.completedStatusCode ?? 'Completed',
    statusTimings: { ...DEFAULT_STATUS_TIMINGS, ...options.statusTimings },
    bankTimeoutStatus: options.bankTimeoutStatus ?? 'Failed',
    webhookBody: options.webhookBody ?? 'array',
    webhookEventId: options.webhookEventId ?? 'payment',
    partnerMetadata: options.partnerMetadata ?? 'echo',
    acceptedEvents: options.acceptedEvents ?? false,
    webhookRetryDelaysMs: options.webhookRetryDelaysMs ?? [],
    webhookTimeoutMs: options.webhookTimeoutMs ?? 10_000,
    appendCallbackParams: options.appendCallbackParams ?? false,
    authFailureStatus: options.authFailureStatus ?? 401,
    errorDetailKey: options.errorDetailKey ?? 'detail',
  };
}

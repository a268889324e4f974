/**
 * Crezco's Collect (partner v1) API as the sandbox speaks it and Settle's client will. Sources and
 * how sure each field is: shared/providers/crezco.md (V verified, T third-party only, I inferred).
 */

/** The header every API call carries (V). */
export const CREZCO_KEY_HEADER = 'X-Crezco-Key';

/** `GET /v1/users/{userId}`: the demo reads displayName, firstName, lastName, eMail (V); `id` is I. */
export interface CrezcoUser {
  id: string;
  displayName: string;
  firstName: string;
  lastName: string;
  eMail: string;
}

/** The body of `POST /v1/users/{userId}/pay-demands` (V). */
export interface CrezcoPayDemandRequest {
  request: {
    currency: string;
    /** Major units as a decimal string, "42.42" (V). */
    amount: string;
    /** Shown to the payer and sent to the bank: ≤ 18 characters, A–Z 0–9 space and `-` (I). */
    reference: string;
    useDefaultBeneficiaryAccount: boolean;
    /** YYYY-MM-DD. */
    dueDate?: string;
    /** String values only; echoed in webhooks as `partnerMetadata` (V, T). */
    metadata?: Record<string, string>;
  };
  /** Same id again → the first successful result (V); the docs only show UUIDs (I). */
  idempotencyId: string;
}

/** A pay demand as the docs show it (V); the 201 may instead be its bare id as a JSON string (V/T). */
export interface CrezcoPayDemand {
  payDemandId: string;
  payeeName: string;
  reference: string;
  currency: string;
  amount: string;
  /** The hosted payer journey. */
  paymentUri: string;
  metadata: Record<string, string>;
  dueDate?: string;
}

/** The answer of `POST /v1/users/{userId}/pay-demands/{payDemandId}/payment?...` (V). */
export interface CrezcoRedirect {
  redirect: string;
}

/** `GET /v1/payments/{paymentId}/status` (V). */
export interface CrezcoPaymentStatus {
  code: string;
}

/** `GET /v1/payments/{paymentId}` and the items of `GET /v1/pay-demands/{id}/payments` (shape I; `status.code` T). */
export interface CrezcoPayment {
  id: string;
  payDemandId: string;
  userId: string;
  status: CrezcoPaymentStatus;
  amount: string;
  currency: string;
  reference: string;
  bankId: string;
  createdAt: string;
  updatedAt: string;
}

/** A bank of `GET /v1/banks/{countryIso2}/{feature}` (shape I). */
export interface CrezcoBank {
  id: string;
  name: string;
  countryIso2Code: string;
}

/** Event types a webhook can subscribe to (V); PaymentAccepted and PaymentError are only in third-party code (T). */
export const CREZCO_WEBHOOK_EVENT_TYPES = [
  'PaymentAll',
  'PaymentPending',
  'PaymentFailed',
  'PaymentCompleted',
  'PaymentAccepted',
  'PaymentError',
] as const;
export type CrezcoWebhookEventType = (typeof CREZCO_WEBHOOK_EVENT_TYPES)[number];

/** `POST /v1/webhooks` (V). */
export interface CrezcoWebhookRegistration {
  type: 'Payment';
  eventType: CrezcoWebhookEventType;
  callback: string;
}

/** One event of a webhook POST; the body is a JSON array of these in practice (V). Unsigned (V by absence). */
export interface CrezcoWebhookEvent {
  type: 'Payment';
  eventType: string;
  /** The payment id in Crezco's own code (the docs say pay demand: conflicting, V). */
  id: string;
  metadata: { payDemandId: string };
  /** The pay demand's metadata echoed (T; the docs sample shows `{}`). */
  partnerMetadata: Record<string, string>;
  timestamp: string;
}

/**
 * Problem-details style error body (V: `title` and `detail`, sometimes `Detail`). `status`,
 * `traceId` and the ASP.NET-style `errors` map of field → messages are inferred (I).
 */
export interface CrezcoErrorBody {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  Detail?: string;
  traceId?: string;
  errors?: Record<string, string[]>;
}

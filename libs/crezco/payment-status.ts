/**
 * Crezco payment status codes (`GET /v1/payments/{id}/status` → `{ code }`). New, Cancelled,
 * Failed, Denied, Authorised and Accepted are in Crezco's docs; Declined only in its OpenCart code;
 * Completed is implied by the PaymentCompleted event, its code unverified — the sandbox can be told
 * to answer another name, and a client should treat an unknown code as still pending.
 */
export const CREZCO_PAYMENT_STATUSES = [
  'New',
  'Authorised',
  'Accepted',
  'Completed',
  'Cancelled',
  'Failed',
  'Denied',
  'Declined',
] as const;
export type CrezcoPaymentStatusCode = (typeof CREZCO_PAYMENT_STATUSES)[number];

/** What a status means for the one who asked to be paid. */
export type CrezcoOutcome = 'pending' | 'processing' | 'paid' | 'failed';

const OUTCOMES: Record<CrezcoPaymentStatusCode, CrezcoOutcome> = {
  New: 'pending',
  Authorised: 'processing',
  Accepted: 'processing',
  Completed: 'paid',
  Cancelled: 'failed',
  Failed: 'failed',
  Denied: 'failed',
  Declined: 'failed',
};

export function isCrezcoPaymentStatus(code: string): code is CrezcoPaymentStatusCode {
  return (CREZCO_PAYMENT_STATUSES as readonly string[]).includes(code);
}

/** The outcome of a code; an unknown one stays pending (log it), and `completedCode` names success if Crezco calls it otherwise. */
export function crezcoOutcome(code: string, completedCode = 'Completed'): CrezcoOutcome {
  if (code === completedCode) return 'paid';
  if (code === 'Completed' || !isCrezcoPaymentStatus(code)) return 'pending';
  return OUTCOMES[code];
}

export function isTerminalCrezcoStatus(code: CrezcoPaymentStatusCode): boolean {
  const outcome = OUTCOMES[code];
  return outcome === 'paid' || outcome === 'failed';
}

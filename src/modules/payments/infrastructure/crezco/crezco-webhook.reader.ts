import { isUuid } from '../../../../../libs/ids';

/** What one event of an unsigned Crezco webhook may point at; nothing more is read from it. */
export interface CrezcoWebhookPointer {
  attemptId: string | null;
  payDemandId: string | null;
}

const MAX_EVENTS = 100;

const field = (value: unknown, key: string): unknown =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;

const id = (value: unknown): string | null => (typeof value === 'string' && value.length <= 64 ? value : null);

/**
 * The pay demand and Settle attempt each event names: the body is a JSON array of events (what
 * Crezco's code reads) or one event (the docs' sample); `metadata.payDemandId` and
 * `partnerMetadata.settleAttemptId` (the demand's metadata echoed). Anything unreadable names nothing.
 */
export function readCrezcoWebhook(rawBody: string): CrezcoWebhookPointer[] {
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch {
    return [];
  }
  const events = (Array.isArray(body) ? body : [body]).slice(0, MAX_EVENTS);
  return events.flatMap((event) => {
    const attempt = id(field(field(event, 'partnerMetadata'), 'settleAttemptId'));
    const pointer = {
      attemptId: attempt && isUuid(attempt) ? attempt : null,
      payDemandId: id(field(field(event, 'metadata'), 'payDemandId')),
    };
    return pointer.attemptId || pointer.payDemandId ? [pointer] : [];
  });
}

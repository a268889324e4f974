import { newId, nowSeconds } from '../store/ids';
import { OwnedTable } from '../store/owned-table';
import type { StripeEvent } from '../store/stripe-objects';

/** The API request that caused an event, as `event.request` shows it. */
export interface CausingRequest {
  id: string | null;
  idempotencyKey: string | null;
}

export const NO_REQUEST: CausingRequest = { id: null, idempotencyKey: null };

/**
 * Records events on the account they happened on (Connect events carry `account`), with a copy of
 * the object as it was, and hands each to the dispatcher.
 */
export class EventLog {
  readonly events = new OwnedTable<StripeEvent>('event');

  constructor(
    private readonly apiVersion: string,
    private readonly platformId: string,
    private readonly dispatch: (event: StripeEvent) => void,
    private readonly webhooksOn: () => boolean,
  ) {}

  emit(
    accountId: string,
    type: string,
    object: object,
    options: { previous?: Record<string, unknown>; request?: CausingRequest } = {},
  ): StripeEvent {
    const request = options.request ?? NO_REQUEST;
    const event: StripeEvent = {
      id: newId.event(),
      object: 'event',
      api_version: this.apiVersion,
      created: nowSeconds(),
      data: {
        object: structuredClone(object),
        ...(options.previous ? { previous_attributes: structuredClone(options.previous) } : {}),
      },
      livemode: false,
      pending_webhooks: this.webhooksOn() ? 1 : 0,
      request: { id: request.id, idempotency_key: request.idempotencyKey },
      type,
      ...(accountId === this.platformId ? {} : { account: accountId }),
    };
    this.events.add(accountId, event, undefined);
    this.dispatch(event);
    return event;
  }

  /** Every event so far, oldest first, optionally of one type. */
  list(type?: string): StripeEvent[] {
    return this.events
      .all()
      .map((row) => row.object)
      .filter((event) => type === undefined || event.type === type);
  }
}

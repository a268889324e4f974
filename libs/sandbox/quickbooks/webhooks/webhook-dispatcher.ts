import { randomUUID } from 'node:crypto';
import { WebhookSender } from '../../common/webhooks/webhook-sender';
import { newIntuitTid } from '../http/intuit-tid';
import type { WebhookFormat } from '../sandbox-options';
import type { ChangeEvent } from './change-event';
import {
  cloudEventsBody,
  contentType,
  eventSource,
  identify,
  legacyBody,
  sign,
  type IdentifiedEvent,
} from './webhook-payload';

/** Intuit puts up to 100 events in one delivery. */
export const MAX_EVENTS_PER_DELIVERY = 100;

export interface WebhookSettings {
  url?: string;
  format: WebhookFormat;
  verifierToken: string;
  batchDelayMs: number;
  retryDelaysMs: number[];
  timeoutMs: number;
}

/** Misbehaviour to test a receiver with: lost deliveries, duplicates, events out of order. */
export interface WebhookMischief {
  dropNext: number;
  duplicateNext: number;
  reorder: boolean;
}

/** One POST made (or deliberately not made) to the webhook URL. */
export interface WebhookDelivery {
  deliveryId: string;
  attempt: number;
  url: string;
  format: WebhookFormat;
  sentAt: string;
  headers: Record<string, string>;
  body: string;
  eventIds: string[];
  status?: number;
  error?: string;
  dropped: boolean;
  duplicate: boolean;
}

interface Batch {
  deliveryId: string;
  url: string;
  format: WebhookFormat;
  body: string;
  signature: string;
  eventIds: string[];
}

/**
 * Gathers change events for a short delay, then POSTs them signed, at most 100 a delivery, and
 * retries failed deliveries on the configured schedule with the same body (so event ids are kept).
 * Its timers are unref'd and close() cancels them and aborts requests in flight.
 */
export class WebhookDispatcher {
  readonly deliveries: WebhookDelivery[] = [];
  mischief: WebhookMischief = { dropNext: 0, duplicateNext: 0, reorder: false };
  private pending: IdentifiedEvent[] = [];
  private batchTimer?: NodeJS.Timeout;
  private readonly sender = new WebhookSender();
  private readonly source: string;

  constructor(
    public settings: WebhookSettings,
    clientId: string,
  ) {
    this.source = eventSource(clientId);
  }

  readonly enqueue = (event: ChangeEvent): void => {
    if (this.sender.closed || !this.settings.url) return;
    this.pending.push(identify(event));
    this.batchTimer ??= setTimeout(() => this.flushPending(), this.settings.batchDelayMs).unref();
  };

  /** Sends what is gathered now and waits for every send in progress (not for scheduled retries). */
  async flush(): Promise<void> {
    this.flushPending();
    await this.sender.flush();
  }

  clearDeliveries(): void {
    this.deliveries.length = 0;
  }

  resetMischief(): void {
    this.mischief = { dropNext: 0, duplicateNext: 0, reorder: false };
  }

  /** Drops gathered events and scheduled retries, e.g. on reset. */
  cancelPending(): void {
    this.pending = [];
    if (this.batchTimer) clearTimeout(this.batchTimer);
    this.batchTimer = undefined;
    this.sender.cancelScheduled();
  }

  async close(): Promise<void> {
    this.cancelPending();
    await this.sender.close();
  }

  private flushPending(): void {
    if (this.batchTimer) clearTimeout(this.batchTimer);
    this.batchTimer = undefined;
    const url = this.settings.url;
    if (this.sender.closed || !url || this.pending.length === 0) {
      this.pending = [];
      return;
    }
    const events = this.mischief.reorder ? [...this.pending].reverse() : this.pending;
    this.pending = [];
    const batches: Batch[] = [];
    for (let i = 0; i < events.length; i += MAX_EVENTS_PER_DELIVERY) {
      batches.push(this.batch(url, events.slice(i, i + MAX_EVENTS_PER_DELIVERY)));
    }
    if (this.mischief.reorder) batches.reverse();
    for (const batch of batches) void this.sender.track(this.deliver(batch, 1));
  }

  private batch(url: string, events: IdentifiedEvent[]): Batch {
    const format = this.settings.format;
    const body = JSON.stringify(format === 'cloudevents' ? cloudEventsBody(events, this.source) : legacyBody(events));
    return {
      deliveryId: randomUUID(),
      url,
      format,
      body,
      signature: sign(body, this.settings.verifierToken),
      eventIds: events.map((e) => e.eventId),
    };
  }

  private async deliver(batch: Batch, attempt: number): Promise<void> {
    if (this.mischief.dropNext > 0) {
      this.mischief.dropNext -= 1;
      this.record(batch, attempt, {}, { dropped: true, duplicate: false });
      return;
    }
    const ok = await this.post(batch, attempt, false);
    if (this.mischief.duplicateNext > 0) {
      this.mischief.duplicateNext -= 1;
      await this.post(batch, attempt, true);
    }
    if (!ok) this.sender.retry(this.settings.retryDelaysMs, attempt, () => this.deliver(batch, attempt + 1));
  }

  private async post(batch: Batch, attempt: number, duplicate: boolean): Promise<boolean> {
    if (this.sender.closed) return true;
    const headers = {
      'content-type': contentType(batch.format),
      'intuit-signature': batch.signature,
      'intuit-t-id': newIntuitTid(),
      'intuit-created-time': new Date().toISOString(),
      'user-agent': 'intuit_notification_server/0.1',
    };
    const outcome = await this.sender.request(
      batch.url,
      { method: 'POST', headers, body: batch.body },
      this.settings.timeoutMs,
    );
    this.record(batch, attempt, headers, { ...outcome.answer, dropped: false, duplicate });
    return outcome.ok;
  }

  private record(
    batch: Batch,
    attempt: number,
    headers: Record<string, string>,
    outcome: Pick<WebhookDelivery, 'status' | 'error' | 'dropped' | 'duplicate'>,
  ): void {
    if (this.sender.closed) return;
    this.deliveries.push({
      deliveryId: batch.deliveryId,
      attempt,
      url: batch.url,
      format: batch.format,
      sentAt: new Date().toISOString(),
      headers,
      body: batch.body,
      eventIds: batch.eventIds,
      ...outcome,
    });
  }
}

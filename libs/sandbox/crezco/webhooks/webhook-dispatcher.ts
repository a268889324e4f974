import { randomUUID } from 'node:crypto';
import type { CrezcoWebhookEvent } from '../../../crezco';
import { arrange, type ReleaseOrder } from '../../common/webhooks/release-order';
import { WebhookSender } from '../../common/webhooks/webhook-sender';

export interface WebhookSettings {
  /** A JSON array of events per POST, or the bare event. */
  body: 'array' | 'object';
  /** Waits before each retry of a POST the receiver did not take with a 2xx. */
  retryDelaysMs: number[];
  timeoutMs: number;
}

/** Trouble to test a receiver with; counts are of events, whatever number of callbacks each goes to. */
export interface WebhookMischief {
  /** The next N events are delivered twice. */
  duplicate: number;
  /** The next N events are lost: never delivered (kept in `droppedWebhooks`). */
  drop: number;
  /** Wait before each first delivery. */
  delayMs: number;
  /** Events are kept back until `release`, to deliver them late and in another order. */
  hold: boolean;
}

export type { ReleaseOrder };

export const NO_MISCHIEF: WebhookMischief = { duplicate: 0, drop: 0, delayMs: 0, hold: false };

/** An event on its way, to every callback subscribed to its type. */
export interface OutgoingWebhook {
  /** The same for the copies, retries and duplicates of one event. */
  webhookId: string;
  event: CrezcoWebhookEvent;
  urls: string[];
}

/** One POST made to a callback. */
export interface WebhookDelivery {
  webhookId: string;
  eventType: string;
  /** The event's `id`. */
  id: string;
  payDemandId: string;
  url: string;
  body: string;
  attempt: number;
  duplicate: boolean;
  forged: boolean;
  status?: number;
  error?: string;
  at: string;
}

interface Send {
  webhook: OutgoingWebhook;
  url: string;
  attempt: number;
  duplicate: boolean;
  forged: boolean;
}

/**
 * POSTs events to their callbacks unsigned, as Crezco does (no signature header is documented or
 * used anywhere), and retries a refused POST on the configured delays. close() stops its timers
 * and aborts requests in flight.
 */
export class WebhookDispatcher {
  readonly deliveries: WebhookDelivery[] = [];
  readonly dropped: OutgoingWebhook[] = [];
  mischief: WebhookMischief = { ...NO_MISCHIEF };
  private held: OutgoingWebhook[] = [];
  private readonly sender = new WebhookSender();
  private readonly lanes = new Map<string, Promise<void>>();

  constructor(public settings: WebhookSettings) {}

  publish(event: CrezcoWebhookEvent, urls: string[]): OutgoingWebhook | undefined {
    if (this.sender.closed || urls.length === 0) return undefined;
    const webhook: OutgoingWebhook = { webhookId: randomUUID(), event, urls };
    if (this.mischief.drop > 0) {
      this.mischief.drop -= 1;
      this.dropped.push(webhook);
      return webhook;
    }
    if (this.mischief.hold) {
      this.held.push(webhook);
      return webhook;
    }
    const duplicate = this.takeDuplicate();
    const start = () => void this.sender.track(this.deliverAll(webhook, duplicate));
    if (this.mischief.delayMs > 0) this.sender.later(this.mischief.delayMs, start);
    else start();
    return webhook;
  }

  /** Posts an event no payment raised, straight away (no mischief; retried like any), and returns the first attempts. */
  async forge(event: CrezcoWebhookEvent, urls: string[]): Promise<WebhookDelivery[]> {
    const webhook: OutgoingWebhook = { webhookId: randomUUID(), event, urls };
    await this.sender.track(
      Promise.all(urls.map((url) => this.deliver({ webhook, url, attempt: 1, duplicate: false, forged: true }))),
    );
    return this.deliveries.filter((d) => d.webhookId === webhook.webhookId);
  }

  heldWebhooks(): OutgoingWebhook[] {
    return [...this.held];
  }

  /** Stops holding and sends what was held, one event after the other, in the order asked for. */
  async release(order: ReleaseOrder = 'fifo'): Promise<CrezcoWebhookEvent[]> {
    this.mischief.hold = false;
    const webhooks = arrange(this.held, order);
    this.held = [];
    const run = (async () => {
      for (const webhook of webhooks) await this.deliverAll(webhook, this.takeDuplicate());
    })();
    await this.sender.track(run);
    return webhooks.map((webhook) => webhook.event);
  }

  /** Deliveries waiting on a timer (retries and delayed first sends). */
  scheduled(): number {
    return this.sender.scheduled;
  }

  /** Waits for every send in progress (not for scheduled ones or held events). */
  flush(): Promise<void> {
    return this.sender.flush();
  }

  /** Drops held events and scheduled sends, forgets deliveries and mischief (reset). */
  reset(settings: WebhookSettings): void {
    this.held = [];
    this.sender.cancelScheduled();
    this.deliveries.length = 0;
    this.dropped.length = 0;
    this.mischief = { ...NO_MISCHIEF };
    this.settings = settings;
  }

  close(): Promise<void> {
    return this.sender.close();
  }

  private takeDuplicate(): boolean {
    if (this.mischief.duplicate <= 0) return false;
    this.mischief.duplicate -= 1;
    return true;
  }

  /** First attempts to one callback go one at a time, in the order events happened (retries do not wait). */
  private async deliverAll(webhook: OutgoingWebhook, duplicate: boolean): Promise<void> {
    await Promise.all(
      webhook.urls.map((url) =>
        this.inLane(url, async () => {
          await this.deliver({ webhook, url, attempt: 1, duplicate: false, forged: false });
          if (duplicate) await this.post({ webhook, url, attempt: 1, duplicate: true, forged: false });
        }),
      ),
    );
  }

  private inLane(url: string, send: () => Promise<void>): Promise<void> {
    const next = (this.lanes.get(url) ?? Promise.resolve()).then(send);
    this.lanes.set(url, next);
    void next.finally(() => {
      if (this.lanes.get(url) === next) this.lanes.delete(url);
    });
    return next;
  }

  private async deliver(send: Send): Promise<void> {
    const ok = await this.post(send);
    if (ok) return;
    this.sender.retry(this.settings.retryDelaysMs, send.attempt, () =>
      this.deliver({ ...send, attempt: send.attempt + 1 }),
    );
  }

  private async post(send: Send): Promise<boolean> {
    if (this.sender.closed) return true;
    const { event } = send.webhook;
    const body = JSON.stringify(this.settings.body === 'array' ? [event] : event);
    const outcome = await this.sender.request(
      send.url,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'Crezco-Webhooks (sandbox)' },
        body,
      },
      this.settings.timeoutMs,
    );
    if (!this.sender.closed) {
      this.deliveries.push({
        webhookId: send.webhook.webhookId,
        eventType: event.eventType,
        id: event.id,
        payDemandId: event.metadata.payDemandId,
        url: send.url,
        body,
        attempt: send.attempt,
        duplicate: send.duplicate,
        forged: send.forged,
        at: new Date().toISOString(),
        ...outcome.answer,
      });
    }
    return outcome.ok;
  }
}

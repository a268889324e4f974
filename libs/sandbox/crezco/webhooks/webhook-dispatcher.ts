import { randomUUID } from 'node:crypto';
import type { CrezcoWebhookEvent } from '../../../crezco';

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

export type ReleaseOrder = 'fifo' | 'reverse' | 'shuffle';

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
 * used anywhere), and retries a refused POST on the configured delays. Timers are unref'd;
 * close() stops them all and aborts requests in flight.
 */
export class WebhookDispatcher {
  readonly deliveries: WebhookDelivery[] = [];
  readonly dropped: OutgoingWebhook[] = [];
  mischief: WebhookMischief = { ...NO_MISCHIEF };
  private held: OutgoingWebhook[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly inFlight = new Set<AbortController>();
  private readonly sends = new Set<Promise<void>>();
  private readonly lanes = new Map<string, Promise<void>>();
  private closed = false;

  constructor(public settings: WebhookSettings) {}

  publish(event: CrezcoWebhookEvent, urls: string[]): OutgoingWebhook | undefined {
    if (this.closed || urls.length === 0) return undefined;
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
    const start = () => this.track(this.deliverAll(webhook, duplicate));
    if (this.mischief.delayMs > 0) this.later(this.mischief.delayMs, start);
    else start();
    return webhook;
  }

  /** Posts an event no payment raised, straight away (no mischief; retried like any), and returns the first attempts. */
  async forge(event: CrezcoWebhookEvent, urls: string[]): Promise<WebhookDelivery[]> {
    const webhook: OutgoingWebhook = { webhookId: randomUUID(), event, urls };
    const sent = Promise.all(
      urls.map((url) => this.deliver({ webhook, url, attempt: 1, duplicate: false, forged: true })),
    ).then(() => undefined);
    this.track(sent);
    await sent;
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
    this.track(run);
    await run;
    return webhooks.map((webhook) => webhook.event);
  }

  /** Deliveries waiting on a timer (retries and delayed first sends). */
  scheduled(): number {
    return this.timers.size;
  }

  /** Waits for every send in progress (not for scheduled ones or held events). */
  async flush(): Promise<void> {
    while (this.sends.size > 0) await Promise.allSettled([...this.sends]);
  }

  /** Drops held events and scheduled sends, forgets deliveries and mischief (reset). */
  reset(settings: WebhookSettings): void {
    this.held = [];
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.deliveries.length = 0;
    this.dropped.length = 0;
    this.mischief = { ...NO_MISCHIEF };
    this.settings = settings;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const controller of this.inFlight) controller.abort();
    await Promise.allSettled([...this.sends]);
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
    const delay = this.settings.retryDelaysMs[send.attempt - 1];
    if (delay !== undefined) {
      this.later(delay, () => this.track(this.deliver({ ...send, attempt: send.attempt + 1 })));
    }
  }

  private async post(send: Send): Promise<boolean> {
    if (this.closed) return true;
    const { event } = send.webhook;
    const body = JSON.stringify(this.settings.body === 'array' ? [event] : event);
    const controller = new AbortController();
    this.inFlight.add(controller);
    const timeout = setTimeout(() => controller.abort(), this.settings.timeoutMs).unref();
    const record = (outcome: { status?: number; error?: string }) => {
      if (this.closed) return;
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
        ...outcome,
      });
    };
    try {
      const response = await fetch(send.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'Crezco-Webhooks (sandbox)' },
        body,
        signal: controller.signal,
      });
      await response.arrayBuffer();
      record({ status: response.status });
      return response.ok;
    } catch (error) {
      record({ error: controller.signal.aborted ? `timed out after ${this.settings.timeoutMs} ms` : String(error) });
      return false;
    } finally {
      clearTimeout(timeout);
      this.inFlight.delete(controller);
    }
  }

  private later(delayMs: number, run: () => void): void {
    if (this.closed) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      run();
    }, delayMs).unref();
    this.timers.add(timer);
  }

  private track(send: Promise<void>): void {
    this.sends.add(send);
    void send.finally(() => this.sends.delete(send));
  }
}

function arrange<T>(items: T[], order: ReleaseOrder): T[] {
  if (order === 'reverse') return [...items].reverse();
  if (order === 'fifo') return [...items];
  const shuffled = [...items];
  for (let i = shuffled.length - 1; i > 0; i -= 1) {
    const j = Math.floor(Math.random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  return shuffled;
}

import { arrange, type ReleaseOrder } from '../../common/webhooks/release-order';
import { WebhookSender } from '../../common/webhooks/webhook-sender';
import type { StripeEvent } from '../store/stripe-objects';
import { nowSeconds } from '../store/ids';
import { stripeSignatureHeader } from './signature';

export interface WebhookSettings {
  /** Where events are POSTed; none means events are only stored. */
  url?: string;
  /** The endpoint's signing secret (`whsec_…`). */
  secret: string;
  /** Waits before each retry of a delivery the receiver did not take with a 2xx. */
  retryDelaysMs: number[];
  /** How long a receiver may take before the attempt counts as failed. */
  timeoutMs: number;
}

/** Trouble to test a receiver with. */
export interface WebhookMischief {
  /** The next N events are delivered twice. */
  duplicateNext: number;
  /** The next N deliveries carry a signature made with the wrong secret. */
  forgeNext: number;
  /** Wait before each first delivery. */
  delayMs: number;
  /** Events are kept back until `release`, to deliver them in another order. */
  holding: boolean;
}

export type { ReleaseOrder };

export const NO_MISCHIEF: WebhookMischief = { duplicateNext: 0, forgeNext: 0, delayMs: 0, holding: false };

/** One POST made to the webhook URL. */
export interface WebhookDelivery {
  eventId: string;
  type: string;
  attempt: number;
  url: string;
  sentAt: string;
  /** From sending the request to the receiver's answer (or the failure), as Stripe's dashboard shows it. */
  durationMs: number;
  signature: string;
  body: string;
  status?: number;
  error?: string;
  duplicate: boolean;
  forged: boolean;
  redelivery: boolean;
}

interface Send {
  event: StripeEvent;
  body: string;
  attempt: number;
  duplicate: boolean;
  redelivery: boolean;
  forge?: boolean;
}

/**
 * POSTs each event on its own, signed with `Stripe-Signature`, and retries on a non-2xx answer or
 * a failure with the same body and a fresh signature. close() stops its timers and requests.
 */
export class WebhookDispatcher {
  readonly deliveries: WebhookDelivery[] = [];
  mischief: WebhookMischief = { ...NO_MISCHIEF };
  private held: StripeEvent[] = [];
  private readonly sender = new WebhookSender();

  constructor(public settings: WebhookSettings) {}

  /** Hands a new event over for delivery (kept back while holding). */
  readonly dispatch = (event: StripeEvent): void => {
    if (this.sender.closed || !this.settings.url) return;
    if (this.mischief.holding) {
      this.held.push(event);
      return;
    }
    const send: Send = { event, body: bodyOf(event), attempt: 1, duplicate: false, redelivery: false };
    if (this.mischief.delayMs > 0)
      this.sender.later(this.mischief.delayMs, () => void this.sender.track(this.deliver(send)));
    else void this.sender.track(this.deliver(send));
  };

  resetMischief(): void {
    this.mischief = { ...NO_MISCHIEF };
  }

  heldEvents(): StripeEvent[] {
    return [...this.held];
  }

  /** Stops holding and sends what was held, one after the other, in the order asked for. */
  async release(order: ReleaseOrder = 'fifo'): Promise<string[]> {
    this.mischief.holding = false;
    const events = arrange(this.held, order);
    this.held = [];
    const run = (async () => {
      for (const event of events) {
        await this.deliver({ event, body: bodyOf(event), attempt: 1, duplicate: false, redelivery: false });
      }
    })();
    await this.sender.track(run);
    return events.map((event) => event.id);
  }

  /** Sends a stored event again (as Stripe's "Resend" does), optionally with a forged signature. */
  async redeliver(event: StripeEvent, options: { forgeSignature?: boolean } = {}): Promise<WebhookDelivery> {
    const attempt = this.deliveries.filter((d) => d.eventId === event.id && !d.duplicate).length + 1;
    const send: Send = { event, body: bodyOf(event), attempt, duplicate: false, redelivery: true };
    await this.sender.track(this.post({ ...send, forge: options.forgeSignature }));
    return this.deliveries[this.deliveries.length - 1];
  }

  /** Deliveries waiting on a timer (retries and delayed first sends). */
  scheduled(): number {
    return this.sender.scheduled;
  }

  /** Waits for every send in progress (not for scheduled retries or held events). */
  flush(): Promise<void> {
    return this.sender.flush();
  }

  /** Drops held events and scheduled sends (reset). */
  cancelPending(): void {
    this.held = [];
    this.sender.cancelScheduled();
  }

  close(): Promise<void> {
    this.held = [];
    return this.sender.close();
  }

  private async deliver(send: Send): Promise<void> {
    const ok = await this.post(send);
    if (!send.duplicate && this.mischief.duplicateNext > 0) {
      this.mischief.duplicateNext -= 1;
      await this.post({ ...send, duplicate: true });
    }
    if (ok || send.duplicate) return;
    this.sender.retry(this.settings.retryDelaysMs, send.attempt, () =>
      this.deliver({ ...send, attempt: send.attempt + 1 }),
    );
  }

  private async post(send: Send): Promise<boolean> {
    const url = this.settings.url;
    if (this.sender.closed || !url) return true;
    let forged = send.forge ?? false;
    if (send.forge === undefined && this.mischief.forgeNext > 0) {
      this.mischief.forgeNext -= 1;
      forged = true;
    }
    const secret = forged ? `${this.settings.secret}_forged` : this.settings.secret;
    const signature = stripeSignatureHeader(send.body, secret, nowSeconds());
    const headers = {
      'content-type': 'application/json; charset=utf-8',
      'stripe-signature': signature,
      'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
      'cache-control': 'no-cache',
      accept: '*/*; q=0.5, application/xml',
    };
    const sentAt = new Date();
    const started = performance.now();
    const outcome = await this.sender.request(
      url,
      { method: 'POST', headers, body: send.body },
      this.settings.timeoutMs,
    );
    if (!this.sender.closed) {
      this.deliveries.push({
        eventId: send.event.id,
        type: send.event.type,
        attempt: send.attempt,
        url,
        sentAt: sentAt.toISOString(),
        durationMs: performance.now() - started,
        signature,
        body: send.body,
        duplicate: send.duplicate,
        forged,
        redelivery: send.redelivery,
        ...outcome.answer,
      });
    }
    return outcome.ok;
  }
}

/** Stripe sends events pretty-printed with two spaces. */
function bodyOf(event: StripeEvent): string {
  return JSON.stringify(event, null, 2);
}

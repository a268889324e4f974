import { randomUUID } from 'node:crypto';
import { signVonageParams } from '../../../vonage';
import type { WebhookFormat, WebhookSettings } from '../sandbox-options';

export type WebhookKind = 'receipt' | 'inbound';

/** One HTTP request made to a webhook URL, kept for tests and the admin API. */
export interface WebhookDelivery {
  /** The same for every attempt and duplicate of one webhook. */
  webhookId: string;
  kind: WebhookKind;
  url: string;
  format: WebhookFormat;
  /** 1 for the first try, then 2, 3... for retries. */
  attempt: number;
  /** A deliberate second copy of the same webhook. */
  duplicate: boolean;
  /** The fields sent, signature fields included when signing is on. */
  params: Record<string, string>;
  status?: number;
  error?: string;
  at: string;
}

export interface Webhook {
  kind: WebhookKind;
  url: string;
  format: WebhookFormat;
  params: Record<string, string>;
  /** Also send a second copy of each attempt. */
  duplicate?: boolean;
}

interface Pending extends Webhook {
  webhookId: string;
}

function signed(params: Record<string, string>, settings: WebhookSettings, secret: string): Record<string, string> {
  if (!settings.signWebhooks) return { ...params };
  const withStamp = { ...params, timestamp: String(Math.floor(Date.now() / 1000)), nonce: randomUUID() };
  return { ...withStamp, sig: signVonageParams(withStamp, secret, settings.signatureMethod) };
}

function requestFor(format: WebhookFormat, url: string, params: Record<string, string>): [string, RequestInit] {
  if (format === 'GET') {
    const target = new URL(url);
    for (const [key, value] of Object.entries(params)) target.searchParams.append(key, value);
    return [target.toString(), { method: 'GET' }];
  }
  if (format === 'POST') {
    return [
      url,
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(params).toString(),
      },
    ];
  }
  return [url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(params) }];
}

/**
 * Calls webhook URLs as Vonage does (GET query, form POST or JSON POST), signing each request when
 * signed webhooks are on, and retries a webhook the receiver did not answer with 2xx on the
 * configured delays, then gives up. Timers are unref'd; close() cancels them and aborts requests.
 */
export class WebhookDispatcher {
  readonly deliveries: WebhookDelivery[] = [];
  private readonly retryTimers = new Set<NodeJS.Timeout>();
  private readonly inFlight = new Set<AbortController>();
  private readonly sends = new Set<Promise<unknown>>();
  private closed = false;

  constructor(
    private readonly settings: () => WebhookSettings,
    private readonly signatureSecret: string,
  ) {}

  /** Makes the first attempt (and its duplicate) and resolves when it is answered; retries follow on their own. */
  send(webhook: Webhook): Promise<void> {
    return this.track(this.attempt({ ...webhook, webhookId: randomUUID() }, 1));
  }

  /** Waits for every request in progress (not for scheduled retries). */
  async flush(): Promise<void> {
    while (this.sends.size > 0) await Promise.allSettled([...this.sends]);
  }

  /** Retries waiting for their time. */
  get scheduledRetries(): number {
    return this.retryTimers.size;
  }

  cancelRetries(): void {
    for (const timer of this.retryTimers) clearTimeout(timer);
    this.retryTimers.clear();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.cancelRetries();
    for (const controller of this.inFlight) controller.abort();
    await Promise.allSettled([...this.sends]);
  }

  private track<T>(send: Promise<T>): Promise<T> {
    this.sends.add(send);
    void send.finally(() => this.sends.delete(send));
    return send;
  }

  private async attempt(webhook: Pending, attempt: number): Promise<void> {
    const ok = await this.request(webhook, attempt, false);
    if (webhook.duplicate) await this.request(webhook, attempt, true);
    if (!ok) this.scheduleRetry(webhook, attempt);
  }

  private async request(webhook: Pending, attempt: number, duplicate: boolean): Promise<boolean> {
    if (this.closed) return true;
    const settings = this.settings();
    const params = signed(webhook.params, settings, this.signatureSecret);
    const [url, init] = requestFor(webhook.format, webhook.url, params);
    const controller = new AbortController();
    this.inFlight.add(controller);
    const timeout = setTimeout(() => controller.abort(), settings.timeoutMs).unref();
    const delivery = { webhookId: webhook.webhookId, kind: webhook.kind, url: webhook.url, format: webhook.format };
    try {
      const response = await fetch(url, { ...init, signal: controller.signal });
      await response.arrayBuffer();
      this.record({ ...delivery, attempt, duplicate, params, status: response.status, at: new Date().toISOString() });
      return response.ok;
    } catch (error) {
      const message = controller.signal.aborted ? `timed out after ${settings.timeoutMs} ms` : String(error);
      this.record({ ...delivery, attempt, duplicate, params, error: message, at: new Date().toISOString() });
      return false;
    } finally {
      clearTimeout(timeout);
      this.inFlight.delete(controller);
    }
  }

  private scheduleRetry(webhook: Pending, attempt: number): void {
    const delay = this.settings().retryDelaysMs[attempt - 1];
    if (this.closed || delay === undefined) return;
    const timer = setTimeout(() => {
      this.retryTimers.delete(timer);
      void this.track(this.attempt(webhook, attempt + 1));
    }, delay).unref();
    this.retryTimers.add(timer);
  }

  private record(delivery: WebhookDelivery): void {
    if (!this.closed) this.deliveries.push(delivery);
  }
}

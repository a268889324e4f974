import { randomUUID } from 'node:crypto';
import { signVonageParams } from '../../../vonage';
import { WebhookSender } from '../../common/webhooks/webhook-sender';
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
 * configured delays, then gives up. close() cancels the retries and aborts requests.
 */
export class WebhookDispatcher {
  readonly deliveries: WebhookDelivery[] = [];
  private readonly sender = new WebhookSender();

  constructor(
    private readonly settings: () => WebhookSettings,
    private readonly signatureSecret: string,
  ) {}

  /** Makes the first attempt (and its duplicate) and resolves when it is answered; retries follow on their own. */
  send(webhook: Webhook): Promise<void> {
    return this.sender.track(this.attempt({ ...webhook, webhookId: randomUUID() }, 1));
  }

  /** Waits for every request in progress (not for scheduled retries). */
  flush(): Promise<void> {
    return this.sender.flush();
  }

  /** Retries waiting for their time. */
  get scheduledRetries(): number {
    return this.sender.scheduled;
  }

  cancelRetries(): void {
    this.sender.cancelScheduled();
  }

  close(): Promise<void> {
    return this.sender.close();
  }

  private async attempt(webhook: Pending, attempt: number): Promise<void> {
    const ok = await this.request(webhook, attempt, false);
    if (webhook.duplicate) await this.request(webhook, attempt, true);
    if (!ok) this.sender.retry(this.settings().retryDelaysMs, attempt, () => this.attempt(webhook, attempt + 1));
  }

  private async request(webhook: Pending, attempt: number, duplicate: boolean): Promise<boolean> {
    if (this.sender.closed) return true;
    const settings = this.settings();
    const params = signed(webhook.params, settings, this.signatureSecret);
    const [url, init] = requestFor(webhook.format, webhook.url, params);
    const outcome = await this.sender.request(url, init, settings.timeoutMs);
    this.record({
      webhookId: webhook.webhookId,
      kind: webhook.kind,
      url: webhook.url,
      format: webhook.format,
      attempt,
      duplicate,
      params,
      ...outcome.answer,
      at: new Date().toISOString(),
    });
    return outcome.ok;
  }

  private record(delivery: WebhookDelivery): void {
    if (!this.sender.closed) this.deliveries.push(delivery);
  }
}

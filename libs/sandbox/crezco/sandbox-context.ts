import { ForcedFailures } from './http/forced-failures';
import { PayDemands, type PayDemandRecord } from './pay-demands/pay-demands';
import { Journeys } from './payments/journeys';
import { PaymentService, type PaymentRecord } from './payments/payment-service';
import type { ResolvedSandboxOptions } from './sandbox-options';
import { Users } from './users/users';
import { eventTypeFor, paymentEvent } from './webhooks/payment-events';
import { Subscriptions } from './webhooks/subscriptions';
import { WebhookDispatcher, type WebhookSettings } from './webhooks/webhook-dispatcher';

export const PAYMENT_PAGE_PATH = '/payment';
export const BANK_PAGE_PATH = '/bank';
export const STATUS_PAGE_PATH = '/payment-status';

/** One API request as the sandbox saw it, for tests to count. */
export interface ApiRequestRecord {
  method: string;
  path: string;
  status: number;
  at: string;
}

function webhookSettings(options: ResolvedSandboxOptions): WebhookSettings {
  return {
    body: options.webhookBody,
    retryDelaysMs: options.webhookRetryDelaysMs,
    timeoutMs: options.webhookTimeoutMs,
  };
}

/** Everything one running sandbox holds; the HTTP routes and the admin share it. */
export class SandboxContext {
  /** `http://127.0.0.1:<port>`, known once the server listens. */
  baseUrl = '';
  /** The options now: start options plus what `admin.configure` changed since the last reset. */
  settings: ResolvedSandboxOptions;
  readonly users = new Users();
  readonly payDemands = new PayDemands();
  readonly journeys = new Journeys();
  readonly payments: PaymentService;
  readonly subscriptions = new Subscriptions();
  readonly dispatcher: WebhookDispatcher;
  readonly failures = new ForcedFailures();
  readonly requests: ApiRequestRecord[] = [];

  constructor(readonly options: ResolvedSandboxOptions) {
    this.settings = structuredClone(options);
    this.dispatcher = new WebhookDispatcher(webhookSettings(options));
    this.payments = new PaymentService(
      () => this.settings,
      (id) => this.payDemands.findAny(id) as PayDemandRecord,
      (payment, demand) => this.raise(payment, demand),
    );
    this.registerStartWebhook();
  }

  paymentPageUrl(journeyId: string): string {
    return `${this.baseUrl}${PAYMENT_PAGE_PATH}/${journeyId}`;
  }

  /** Back to the state the sandbox started in: no users, demands, payments, webhooks or knobs. */
  reset(): void {
    this.settings = structuredClone(this.options);
    this.users.clear();
    this.payDemands.clear();
    this.journeys.clear();
    this.payments.clear();
    this.subscriptions.clear();
    this.registerStartWebhook();
    this.dispatcher.reset(webhookSettings(this.options));
    this.failures.clear();
    this.requests.length = 0;
  }

  async close(): Promise<void> {
    this.payments.clear();
    await this.dispatcher.close();
  }

  private raise(payment: PaymentRecord, demand: PayDemandRecord): void {
    const eventType = eventTypeFor(payment.status, this.settings);
    if (!eventType) return;
    const urls = this.subscriptions.callbacksFor(eventType);
    this.dispatcher.publish(paymentEvent(eventType, payment, demand, this.settings), urls);
  }

  private registerStartWebhook(): void {
    if (this.options.webhookUrl) {
      this.subscriptions.add({ type: 'Payment', eventType: 'PaymentAll', callback: this.options.webhookUrl });
    }
  }
}

import { randomUUID } from 'node:crypto';
import {
  CREZCO_WEBHOOK_EVENT_TYPES,
  type CrezcoPayDemand,
  type CrezcoPayment,
  type CrezcoPaymentStatusCode,
  type CrezcoUser,
  type CrezcoWebhookEvent,
} from '../../../crezco';
import type { ForceFailure } from '../http/forced-failures';
import type { PayDemandRecord } from '../pay-demands/pay-demands';
import { mockBank } from '../payments/banks';
import type { PayerDecision } from '../payments/payment-service';
import type { ApiRequestRecord, SandboxContext } from '../sandbox-context';
import type { ResolvedSandboxOptions, StatusTimings } from '../sandbox-options';
import type { NewUser } from '../users/users';
import { webhookEvent } from '../webhooks/payment-events';
import type { Subscription } from '../webhooks/subscriptions';
import type { ReleaseOrder, WebhookDelivery, WebhookMischief } from '../webhooks/webhook-dispatcher';

/** What `configure` may change while running (reset restores the start options). */
export type RuntimeSettings = Partial<
  Omit<ResolvedSandboxOptions, 'port' | 'apiKey' | 'partnerId' | 'webhookUrl' | 'statusTimings'> & {
    statusTimings: Partial<StatusTimings>;
  }
>;

export interface PayOptions {
  /** What the payer does at the bank (default approve). */
  decision?: PayerDecision;
  /** Default yapily-mock. */
  bankId?: string;
}

/** A webhook for a payment that did not happen (or any event you like); ids default to fresh UUIDs. */
export interface ForgedWebhook {
  eventType?: string;
  paymentId?: string;
  payDemandId?: string;
  partnerMetadata?: Record<string, string>;
  /** Default: every callback subscribed to the event type. */
  url?: string;
}

export interface DroppedWebhook {
  webhookId: string;
  event: CrezcoWebhookEvent;
  urls: string[];
}

export type PaymentView = CrezcoPayment & { history: { status: string; at: string }[] };

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`No ${what}`);
  return value;
}

/** The knobs of a running sandbox, shared by the /admin endpoint and the object startCrezcoSandbox returns. */
export class SandboxAdmin {
  constructor(private readonly ctx: SandboxContext) {}

  /** A Crezco user as if onboarded through the consent page. */
  createUser(fields: NewUser = {}): CrezcoUser {
    return this.ctx.users.create(fields);
  }

  users(): CrezcoUser[] {
    return this.ctx.users.all();
  }

  /** The business closes its Crezco account or disconnects the partner: its id answers 404 from now on. */
  removeUser(userId: string): void {
    if (!this.ctx.users.remove(userId)) throw new Error(`No user ${userId}`);
  }

  payDemands(): (CrezcoPayDemand & { userId: string; idempotencyId: string; deleted: boolean })[] {
    return this.ctx.payDemands.all().map((record) => this.demandView(record));
  }

  payDemand(id: string): CrezcoPayDemand & { userId: string; idempotencyId: string; deleted: boolean } {
    return this.demandView(required(this.ctx.payDemands.findAny(id), `pay demand ${id}`));
  }

  payments(payDemandId?: string): PaymentView[] {
    const records = payDemandId ? this.ctx.payments.ofDemand(payDemandId) : this.ctx.payments.all();
    return records.map((record) => this.paymentView(record.id));
  }

  payment(id: string): PaymentView {
    return this.paymentView(id);
  }

  /** The payer's whole journey on the demand's own page at once: a new payment, the bank, a decision. */
  pay(payDemandId: string, options: PayOptions = {}): PaymentView {
    const demand = required(this.ctx.payDemands.find(payDemandId), `pay demand ${payDemandId}`);
    const bankId = options.bankId ?? 'yapily-mock';
    required(mockBank(bankId), `bank ${bankId}`);
    const journey = required(this.ctx.journeys.get(demand.journeyId), `journey of ${payDemandId}`);
    const payment = this.ctx.payments.create(demand, journey.id, bankId);
    journey.paymentId = payment.id;
    this.ctx.payments.decide(payment.id, options.decision ?? 'approve');
    return this.paymentView(payment.id);
  }

  /** Moves a payment to a status now (with its webhook) and stops its timers. */
  advance(paymentId: string, status: CrezcoPaymentStatusCode): PaymentView {
    this.ctx.payments.advance(paymentId, status);
    return this.paymentView(paymentId);
  }

  /** Changes options while running: timings, currencies, response shapes, error spelling… */
  configure(settings: RuntimeSettings): ResolvedSandboxOptions {
    const { statusTimings, ...rest } = settings;
    const next: ResolvedSandboxOptions = {
      ...this.ctx.settings,
      ...rest,
      statusTimings: { ...this.ctx.settings.statusTimings, ...statusTimings },
    };
    if (rest.currencies) next.currencies = rest.currencies.map((currency) => currency.toUpperCase());
    this.ctx.settings = next;
    this.ctx.dispatcher.settings = {
      body: next.webhookBody,
      retryDelaysMs: next.webhookRetryDelaysMs,
      timeoutMs: next.webhookTimeoutMs,
    };
    return this.config();
  }

  config(): ResolvedSandboxOptions {
    return structuredClone(this.ctx.settings);
  }

  subscriptions(): Subscription[] {
    return this.ctx.subscriptions.all();
  }

  /** Registers a webhook as `POST /v1/webhooks` would (default eventType PaymentAll). */
  subscribe(callback: string, eventType = 'PaymentAll'): Subscription {
    const known = CREZCO_WEBHOOK_EVENT_TYPES.find((candidate) => candidate === eventType);
    if (!known) throw new Error(`Unknown eventType ${eventType}`);
    const added = this.ctx.subscriptions.add({ type: 'Payment', eventType: known, callback });
    return required(added, `new webhook: ${callback} is already registered for ${eventType}`);
  }

  /** Duplicates, drops, delays or holds the next webhooks. */
  configureWebhooks(mischief: Partial<WebhookMischief>): WebhookMischief {
    const dispatcher = this.ctx.dispatcher;
    dispatcher.mischief = { ...dispatcher.mischief, ...mischief };
    return { ...dispatcher.mischief };
  }

  webhookMischief(): WebhookMischief {
    return { ...this.ctx.dispatcher.mischief };
  }

  heldWebhooks(): CrezcoWebhookEvent[] {
    return this.ctx.dispatcher.heldWebhooks().map((webhook) => webhook.event);
  }

  /** Sends the held events one after another (`reverse` or `shuffle` to reorder) and stops holding. */
  releaseWebhooks(order: ReleaseOrder = 'fifo'): Promise<CrezcoWebhookEvent[]> {
    return this.ctx.dispatcher.release(order);
  }

  /** Posts an event for a payment that did not happen (unsigned, like every Crezco webhook). */
  forgeWebhook(forged: ForgedWebhook = {}): Promise<WebhookDelivery[]> {
    const eventType = forged.eventType ?? 'PaymentCompleted';
    const event = webhookEvent(
      {
        eventType,
        paymentId: forged.paymentId ?? randomUUID(),
        payDemandId: forged.payDemandId ?? randomUUID(),
        partnerMetadata: forged.partnerMetadata ?? {},
      },
      this.ctx.settings,
    );
    const urls = forged.url ? [forged.url] : this.ctx.subscriptions.callbacksFor(eventType);
    return this.ctx.dispatcher.forge(event, urls);
  }

  webhookDeliveries(): WebhookDelivery[] {
    return [...this.ctx.dispatcher.deliveries];
  }

  /** Webhooks lost on purpose (`drop`). */
  droppedWebhooks(): DroppedWebhook[] {
    return this.ctx.dispatcher.dropped.map((webhook) => ({ ...webhook, urls: [...webhook.urls] }));
  }

  clearWebhookDeliveries(): void {
    this.ctx.dispatcher.deliveries.length = 0;
  }

  scheduledWebhooks(): number {
    return this.ctx.dispatcher.scheduled();
  }

  /** Waits for deliveries in progress (not scheduled retries, delayed or held ones). */
  flushWebhooks(): Promise<void> {
    return this.ctx.dispatcher.flush();
  }

  /** The next matching API requests fail with 429, a 5xx, or a cut connection (status 0). */
  failNext(failure: ForceFailure): void {
    this.ctx.failures.add(failure);
  }

  clearFailures(): void {
    this.ctx.failures.clear();
  }

  /** API requests answered so far, oldest first. */
  requests(): ApiRequestRecord[] {
    return [...this.ctx.requests];
  }

  reset(): void {
    this.ctx.reset();
  }

  private demandView(record: PayDemandRecord) {
    return { ...record.demand, userId: record.userId, idempotencyId: record.idempotencyId, deleted: record.deleted };
  }

  private paymentView(id: string): PaymentView {
    const record = this.ctx.payments.get(id);
    return {
      ...this.ctx.payments.view(record),
      history: record.history.map((step) => ({ status: this.ctx.payments.code(step.status), at: step.at })),
    };
  }
}

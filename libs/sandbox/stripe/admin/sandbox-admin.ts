import type { AsyncOutcome, PayOutcome } from '../checkout/checkout-service';
import { disconnect } from '../connect/disconnect';
import { NO_REQUEST } from '../events/event-log';
import type { ForceFailure } from '../http/forced-failures';
import type { ApiRequestRecord, SandboxContext } from '../sandbox-context';
import type { NewAccountSettings } from '../store/accounts';
import type { Account, Charge, CheckoutSession, PaymentIntent, Refund, StripeEvent } from '../store/stripe-objects';
import type { ReleaseOrder, WebhookDelivery, WebhookMischief, WebhookSettings } from '../webhooks/webhook-dispatcher';

export type WebhookConfig = Partial<WebhookSettings & WebhookMischief>;

export interface AccountUpdate {
  chargesEnabled?: boolean;
  detailsSubmitted?: boolean;
  businessName?: string;
}

export interface PayOptions {
  /** A test card number (default 4242 4242 4242 4242), or `delayed` for a bank debit that pays later. */
  card?: string;
  delayed?: boolean;
  email?: string;
  name?: string;
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`No ${what}`);
  return value;
}

/** The knobs of a running sandbox, shared by the /admin endpoint and the object startStripeSandbox returns. */
export class SandboxAdmin {
  constructor(private readonly ctx: SandboxContext) {}

  /** Connected accounts, newest first (connected or since deauthorized). */
  accounts(): (Account & { connected: boolean })[] {
    return this.ctx.accounts.connectedAccounts().map((record) => ({ ...record.account, connected: record.connected }));
  }

  account(id: string): Account & { connected: boolean } {
    const record = required(this.ctx.accounts.get(id), `account ${id}`);
    return { ...record.account, connected: record.connected };
  }

  /** How the next account made on the consent page starts, e.g. `{ chargesEnabled: false }`. */
  setNewAccountDefaults(settings: Partial<NewAccountSettings>): NewAccountSettings {
    this.ctx.newAccount = { ...this.ctx.newAccount, ...settings };
    return { ...this.ctx.newAccount };
  }

  /** Changes an account as Stripe would after onboarding or a review, with an `account.updated` event. */
  updateAccount(id: string, update: AccountUpdate): Account {
    const account = required(this.ctx.accounts.get(id), `account ${id}`).account;
    const previous = {
      charges_enabled: account.charges_enabled,
      details_submitted: account.details_submitted,
      business_profile: { ...account.business_profile },
    };
    if (update.chargesEnabled !== undefined) {
      account.charges_enabled = update.chargesEnabled;
      account.payouts_enabled = update.chargesEnabled;
      const capability = update.chargesEnabled ? 'active' : 'inactive';
      account.capabilities = { card_payments: capability, transfers: capability };
    }
    if (update.detailsSubmitted !== undefined) account.details_submitted = update.detailsSubmitted;
    if (update.businessName !== undefined) account.business_profile.name = update.businessName;
    this.ctx.events.emit(id, 'account.updated', account, { previous });
    return account;
  }

  /** The business disconnects the platform from its own Stripe dashboard. */
  revokeAccount(id: string): void {
    required(this.ctx.accounts.get(id), `account ${id}`);
    disconnect(this.ctx, id);
  }

  sessions(): CheckoutSession[] {
    return this.ctx.ledger.sessions.all().map((row) => row.object);
  }

  session(id: string): CheckoutSession & { account: string } {
    const row = this.ctx.checkout.row(id);
    return { ...row.object, account: row.accountId };
  }

  /** Pays a session as a customer on the hosted page would (4242… unless another card or `delayed`). */
  pay(sessionId: string, options: PayOptions = {}): PayOutcome {
    return this.ctx.checkout.pay(
      sessionId,
      options.delayed ? { method: 'delayed' } : { method: 'card', cardNumber: options.card ?? '4242424242424242' },
      { email: options.email ?? null, name: options.name ?? null },
    );
  }

  /** Ends a delayed payment: `succeeded` or `failed`, with the async_payment_* events. */
  settleAsync(sessionId: string, outcome: AsyncOutcome): CheckoutSession {
    return this.ctx.checkout.settleAsync(sessionId, outcome);
  }

  /** Expires an open session now, as if its `expires_at` had passed. */
  expireSession(sessionId: string): CheckoutSession {
    return this.ctx.checkout.expireNow(sessionId);
  }

  paymentIntent(id: string): PaymentIntent {
    return required(this.ctx.ledger.paymentIntents.find(id), `PaymentIntent ${id}`).object;
  }

  charge(id: string): Charge {
    return required(this.ctx.ledger.charges.find(id), `charge ${id}`).object;
  }

  /** Refunds a succeeded PaymentIntent in full or in part, as the business would from its dashboard. */
  refund(paymentIntentId: string, amount?: number): Refund {
    const row = required(this.ctx.ledger.paymentIntents.find(paymentIntentId), `PaymentIntent ${paymentIntentId}`);
    return this.ctx.refunds.refund(row.accountId, { paymentIntentId, amount }, NO_REQUEST);
  }

  /** Every event so far, oldest first, optionally of one type. */
  events(type?: string): StripeEvent[] {
    return this.ctx.events.list(type);
  }

  event(id: string): StripeEvent {
    return required(this.ctx.events.events.find(id), `event ${id}`).object;
  }

  webhookConfig(): WebhookSettings & WebhookMischief {
    return { ...this.ctx.dispatcher.settings, ...this.ctx.dispatcher.mischief };
  }

  configureWebhooks(config: WebhookConfig): WebhookSettings & WebhookMischief {
    const { duplicateNext, forgeNext, delayMs, holding, ...settings } = config;
    const dispatcher = this.ctx.dispatcher;
    dispatcher.settings = { ...dispatcher.settings, ...settings };
    dispatcher.mischief = {
      duplicateNext: duplicateNext ?? dispatcher.mischief.duplicateNext,
      forgeNext: forgeNext ?? dispatcher.mischief.forgeNext,
      delayMs: delayMs ?? dispatcher.mischief.delayMs,
      holding: holding ?? dispatcher.mischief.holding,
    };
    return this.webhookConfig();
  }

  /** Keeps events back from now on, until releaseWebhooks. */
  holdWebhooks(): void {
    this.ctx.dispatcher.mischief.holding = true;
  }

  heldEvents(): StripeEvent[] {
    return this.ctx.dispatcher.heldEvents();
  }

  /** Sends the held events one after another (`reverse` or `shuffle` to reorder) and stops holding. */
  releaseWebhooks(order: ReleaseOrder = 'fifo'): Promise<string[]> {
    return this.ctx.dispatcher.release(order);
  }

  /** Delivers a stored event again; with `forgeSignature` its signature is made with the wrong secret. */
  redeliver(eventId: string, options: { forgeSignature?: boolean } = {}): Promise<WebhookDelivery> {
    return this.ctx.dispatcher.redeliver(this.event(eventId), options);
  }

  webhookDeliveries(): WebhookDelivery[] {
    return [...this.ctx.dispatcher.deliveries];
  }

  clearWebhookDeliveries(): void {
    this.ctx.dispatcher.deliveries.length = 0;
  }

  /** Deliveries waiting on a timer: retries of refused ones and delayed first sends. */
  scheduledWebhooks(): number {
    return this.ctx.dispatcher.scheduled();
  }

  /** Waits for deliveries in progress (not scheduled retries or held events). */
  flushWebhooks(): Promise<void> {
    return this.ctx.dispatcher.flush();
  }

  /** The next matching API requests fail: 429 rate_limit or lock_timeout, 500 api_error, or a cut connection. */
  failNext(failure: ForceFailure): void {
    this.ctx.failures.add(failure);
  }

  clearFailures(): void {
    this.ctx.failures.clear();
  }

  /** Requests a second per account before 429 (0 = no limit). */
  setRequestsPerSecond(perSecond: number): void {
    this.ctx.limiter.perSecond = perSecond;
    this.ctx.limiter.reset();
  }

  /** Forgets stored idempotent answers, as Stripe does once keys are 24 hours old. */
  pruneIdempotencyKeys(): void {
    this.ctx.idempotency.pruneAll();
  }

  /** API requests answered so far, oldest first. */
  requests(): ApiRequestRecord[] {
    return [...this.ctx.requests];
  }

  reset(): void {
    this.ctx.reset();
  }
}

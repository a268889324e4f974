import { CheckoutService } from './checkout/checkout-service';
import { OAuthStore } from './connect/oauth-store';
import { EventLog } from './events/event-log';
import { ForcedFailures } from './http/forced-failures';
import { IdempotencyStore } from './http/idempotency-store';
import { RateLimiter } from './http/rate-limiter';
import { RefundService } from './payments/refund-service';
import type { ResolvedSandboxOptions } from './sandbox-options';
import { Accounts, type NewAccountSettings } from './store/accounts';
import { Ledger } from './store/ledger';
import { WebhookDispatcher } from './webhooks/webhook-dispatcher';

export const CHECKOUT_PAGE_PATH = '/c/pay';

/** One API request as the sandbox saw it, for tests to count. */
export interface ApiRequestRecord {
  requestId: string;
  method: string;
  path: string;
  accountId: string | null;
  idempotencyKey: string | null;
  status: number;
  replayed: boolean;
  at: string;
}

/** Everything one running sandbox holds; the HTTP routes and the admin share it. */
export class SandboxContext {
  /** `http://127.0.0.1:<port>`, known once the server listens. */
  baseUrl = '';
  newAccount: NewAccountSettings;
  readonly accounts: Accounts;
  readonly oauth = new OAuthStore();
  readonly ledger = new Ledger();
  readonly dispatcher: WebhookDispatcher;
  readonly events: EventLog;
  readonly checkout: CheckoutService;
  readonly refunds: RefundService;
  readonly idempotency = new IdempotencyStore();
  readonly failures = new ForcedFailures();
  readonly limiter: RateLimiter;
  readonly requests: ApiRequestRecord[] = [];

  constructor(readonly options: ResolvedSandboxOptions) {
    this.newAccount = { ...options.newAccount };
    this.accounts = new Accounts(options.platformName);
    this.limiter = new RateLimiter(options.requestsPerSecond);
    this.dispatcher = new WebhookDispatcher({
      url: options.webhookUrl,
      secret: options.webhookSecret,
      retryDelaysMs: options.webhookRetryDelaysMs,
      timeoutMs: options.webhookTimeoutMs,
    });
    this.events = new EventLog(options.apiVersion, this.accounts.platformId, this.dispatcher.dispatch, () =>
      Boolean(this.dispatcher.settings.url),
    );
    this.checkout = new CheckoutService(this.ledger, this.events, this.accounts, (id) => this.checkoutPageUrl(id));
    this.refunds = new RefundService(this.ledger, this.events);
  }

  checkoutPageUrl(sessionId: string): string {
    return `${this.baseUrl}${CHECKOUT_PAGE_PATH}/${sessionId}`;
  }

  /** Back to the state the sandbox started in: no connected accounts, objects, events or knobs. */
  reset(): void {
    this.newAccount = { ...this.options.newAccount };
    this.accounts.clearConnected();
    this.oauth.clear();
    this.ledger.clear();
    this.events.events.clear();
    this.idempotency.clear();
    this.failures.clear();
    this.limiter.perSecond = this.options.requestsPerSecond;
    this.limiter.reset();
    this.requests.length = 0;
    this.dispatcher.cancelPending();
    this.dispatcher.deliveries.length = 0;
    this.dispatcher.resetMischief();
    this.dispatcher.settings = {
      url: this.options.webhookUrl,
      secret: this.options.webhookSecret,
      retryDelaysMs: this.options.webhookRetryDelaysMs,
      timeoutMs: this.options.webhookTimeoutMs,
    };
  }
}

import { EntityService } from './api/entity-service';
import type { QboFault } from './faults';
import { NO_CHAOS, type ChaosSettings } from './limits/chaos';
import { RateLimiter } from './limits/rate-limiter';
import { OAuthStore } from './oauth/oauth-store';
import type { QboCompanyData } from '../../quickbooks/qbo-types';
import type { ResolvedSandboxOptions } from './sandbox-options';
import { Company } from './store/company';
import { WebhookDispatcher } from './webhooks/webhook-dispatcher';

/** Everything one running sandbox holds; the HTTP routes and the programmatic API share it. */
export interface OAuthCall {
  endpoint: 'token' | 'revoke';
  grantType: string | null;
  outcome: 'ok' | 'refused';
  at: string;
}

export interface ApiUpdateHook {
  realmId: string;
  entity: string;
  id: string;
  run: () => void;
}

/** A fault the API answers to the next writes of an entity, instead of writing. */
export interface InjectedFault {
  realmId: string;
  entity: string;
  times: number;
  fault: () => QboFault;
}

/** Writes of an entity that are made but whose answer never reaches the app (the connection drops). */
export interface LostAnswers {
  realmId: string;
  entity: string;
  times: number;
}

export class SandboxContext {
  readonly companies = new Map<string, Company>();
  readonly oauth: OAuthStore;
  readonly limiter: RateLimiter;
  readonly webhooks: WebhookDispatcher;
  readonly entities: EntityService;
  chaos: ChaosSettings = { ...NO_CHAOS };
  /** Every call to the token and revoke endpoints, for tests to count (single-flight refresh). */
  readonly oauthCalls: OAuthCall[] = [];
  /** One-shot actions run when the API next updates an entity, before its SyncToken is checked. */
  readonly beforeApiUpdate: ApiUpdateHook[] = [];
  /** Faults to answer writes with, and answers to lose, set by tests through the admin. */
  readonly injectedFaults: InjectedFault[] = [];
  readonly lostAnswers: LostAnswers[] = [];
  /** Accounting API requests received per realm (answered or throttled), for benchmarks to report. */
  readonly apiRequests = new Map<string, number>();
  /** The latest Accounting API requests per realm, as "METHOD path?query", so tests can say which calls an app made. */
  readonly recentApiRequests = new Map<string, string[]>();

  constructor(readonly options: ResolvedSandboxOptions) {
    this.oauth = new OAuthStore(options.accessTokenTtlSeconds);
    this.limiter = new RateLimiter({ ...options.limits });
    this.webhooks = new WebhookDispatcher(
      {
        url: options.webhookUrl,
        format: options.webhookFormat,
        verifierToken: options.webhookVerifierToken,
        batchDelayMs: options.webhookBatchDelayMs,
        retryDelaysMs: options.webhookRetryDelaysMs,
        timeoutMs: options.webhookTimeoutMs,
      },
      options.clientId,
    );
    this.entities = new EntityService(this.webhooks.enqueue);
    for (const data of options.companies) this.addCompany(data);
  }

  addCompany(data: QboCompanyData): Company {
    const company = new Company(data);
    this.companies.set(company.realmId, company);
    return company;
  }

  company(realmId: string): Company | undefined {
    return this.companies.get(realmId);
  }

  /** Back to the state the sandbox started in: its initial companies, no tokens, no knobs. */
  reset(): void {
    this.companies.clear();
    for (const data of this.options.companies) this.addCompany(data);
    this.oauth.clear();
    this.oauth.setAccessTokenTtl(this.options.accessTokenTtlSeconds);
    this.limiter.reset();
    this.limiter.limits = { ...this.options.limits };
    this.chaos = { ...NO_CHAOS };
    this.beforeApiUpdate.length = 0;
    this.injectedFaults.length = 0;
    this.lostAnswers.length = 0;
    this.recentApiRequests.clear();
    this.webhooks.cancelPending();
    this.webhooks.clearDeliveries();
    this.webhooks.resetMischief();
  }
}

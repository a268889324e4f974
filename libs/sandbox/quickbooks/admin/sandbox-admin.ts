import { faults, type QboFault } from '../faults';
import type { ChaosSettings } from '../limits/chaos';
import type { QboCompanyData } from '../../../quickbooks/qbo-types';
import type { OAuthCall, SandboxContext } from '../sandbox-context';
import type { SandboxLimits } from '../sandbox-options';
import type { SentEmail } from '../store/company';
import { ENTITY_NAMES, type EntityName } from '../store/entity-name';
import type { WebhookDelivery, WebhookMischief, WebhookSettings } from '../webhooks/webhook-dispatcher';

export interface CompanySummary {
  realmId: string;
  companyName: string;
  counts: Record<EntityName, number>;
}

/** Faults a test can have the next writes of an entity answered with. */
export type InjectableFault = 'closedPeriod' | 'validation' | 'system' | 'throttle';

const INJECTABLE: Record<InjectableFault, () => QboFault> = {
  closedPeriod: faults.closedPeriod,
  validation: () => faults.businessValidation('Injected by the sandbox'),
  system: () => faults.system('Injected by the sandbox'),
  throttle: faults.throttled,
};

export type WebhookConfig = Partial<WebhookSettings & WebhookMischief>;

/** The knobs of a running sandbox, shared by the /admin endpoint and the object startQuickBooksSandbox returns. */
export class SandboxAdmin {
  constructor(private readonly ctx: SandboxContext) {}

  addCompany(data: QboCompanyData): CompanySummary {
    return this.summary(this.ctx.addCompany(data).realmId);
  }

  companies(): CompanySummary[] {
    return [...this.ctx.companies.keys()].map((realmId) => this.summary(realmId));
  }

  chaos(): ChaosSettings {
    return { ...this.ctx.chaos };
  }

  setChaos(settings: Partial<ChaosSettings>): ChaosSettings {
    this.ctx.chaos = { ...this.ctx.chaos, ...settings };
    return this.chaos();
  }

  setLimits(limits: Partial<SandboxLimits>): SandboxLimits {
    this.ctx.limiter.limits = { ...this.ctx.limiter.limits, ...limits };
    this.ctx.limiter.reset();
    return { ...this.ctx.limiter.limits };
  }

  setAccessTokenTtl(seconds: number): void {
    this.ctx.oauth.setAccessTokenTtl(seconds);
  }

  /** How many Accounting API requests a realm has received. */
  apiRequests(realmId: string): number {
    return this.ctx.apiRequests.get(realmId) ?? 0;
  }

  /** The realm's latest Accounting API requests ("GET /v3/company/…/query?query=select …"), oldest first. */
  recentApiRequests(realmId: string): string[] {
    return [...(this.ctx.recentApiRequests.get(realmId) ?? [])];
  }

  /**
   * Runs `action` once, just before the API next updates this entity (before its SyncToken is
   * checked): how a test makes a user's edit land between an app's read and its write.
   */
  beforeNextApiUpdate(realmId: string, entity: EntityName, id: string, action: () => void): void {
    this.ctx.beforeApiUpdate.push({ realmId, entity, id, run: action });
  }

  /**
   * The next `times` writes (create, update, void, delete) of this entity in this realm are answered
   * with the fault instead of being made: a closed period, a validation fault, QuickBooks down, a 429.
   */
  failNextWrites(realmId: string, entity: EntityName, fault: InjectableFault, times = 1): void {
    const make = INJECTABLE[fault];
    if (!make) throw new Error(`Unknown fault ${String(fault)}`);
    this.ctx.injectedFaults.push({ realmId, entity, times, fault: make });
  }

  /**
   * The next `times` writes of this entity are made, but their answers are lost (the connection
   * drops): how a test puts a crash between QuickBooks' write and the app's record of it.
   */
  loseNextAnswers(realmId: string, entity: EntityName, times = 1): void {
    this.ctx.lostAnswers.push({ realmId, entity, times });
  }

  /** Forgets the requestids seen, as QuickBooks does after a while (its window is undocumented). */
  forgetRequestIds(realmId: string): void {
    this.ctx.company(realmId)?.requestIds.clear();
  }

  /** What /exchangerate answers for one unit of `currency` in the realm's home currency. */
  setExchangeRate(realmId: string, currency: string, rate: number): void {
    this.ctx.company(realmId)?.exchangeRates.set(currency, rate);
  }

  /** The invoices a realm was asked to email through /send (none is sent), oldest first. */
  emailsSent(realmId: string): SentEmail[] {
    return [...(this.ctx.company(realmId)?.emails ?? [])];
  }

  /** The calls made to the token and revoke endpoints so far, oldest first. */
  oauthCalls(): OAuthCall[] {
    return [...this.ctx.oauthCalls];
  }

  expireAccessTokens(): void {
    this.ctx.oauth.expireAllAccessTokens();
  }

  /** Ends every connection to a company, as a user disconnecting the app in QuickBooks would. */
  revokeConnection(realmId: string): number {
    return this.ctx.oauth.revokeRealm(realmId);
  }

  webhookConfig(): WebhookSettings & WebhookMischief {
    return { ...this.ctx.webhooks.settings, ...this.ctx.webhooks.mischief };
  }

  configureWebhooks(config: WebhookConfig): WebhookSettings & WebhookMischief {
    const { dropNext, duplicateNext, reorder, ...settings } = config;
    const dispatcher = this.ctx.webhooks;
    dispatcher.settings = { ...dispatcher.settings, ...settings };
    dispatcher.mischief = {
      dropNext: dropNext ?? dispatcher.mischief.dropNext,
      duplicateNext: duplicateNext ?? dispatcher.mischief.duplicateNext,
      reorder: reorder ?? dispatcher.mischief.reorder,
    };
    return this.webhookConfig();
  }

  webhookDeliveries(): WebhookDelivery[] {
    return [...this.ctx.webhooks.deliveries];
  }

  clearWebhookDeliveries(): void {
    this.ctx.webhooks.clearDeliveries();
  }

  /** Sends gathered events now and waits for sends in progress. */
  flushWebhooks(): Promise<void> {
    return this.ctx.webhooks.flush();
  }

  reset(): void {
    this.ctx.reset();
  }

  private summary(realmId: string): CompanySummary {
    const company = this.ctx.company(realmId);
    if (!company) throw new Error(`No company with realmId ${realmId}`);
    const counts = Object.fromEntries(ENTITY_NAMES.map((name) => [name, company.table(name).size])) as Record<
      EntityName,
      number
    >;
    return { realmId, companyName: company.companyInfo.CompanyName, counts };
  }
}

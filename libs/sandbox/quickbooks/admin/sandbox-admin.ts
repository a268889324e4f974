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

  /**
   * Runs `action` once, just before the API next updates this entity (before its SyncToken is
   * checked): how a test makes a user's edit land between an app's read and its write.
   */
  beforeNextApiUpdate(realmId: string, entity: EntityName, id: string, action: () => void): void {
    this.ctx.beforeApiUpdate.push({ realmId, entity, id, run: action });
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

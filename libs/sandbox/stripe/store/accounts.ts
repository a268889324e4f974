import { newId, nowSeconds } from './ids';
import type { Account } from './stripe-objects';

/** What a connected account looks like when the consent page creates it. */
export interface NewAccountSettings {
  businessName: string;
  country: string;
  defaultCurrency: string;
  chargesEnabled: boolean;
  detailsSubmitted: boolean;
  email: string | null;
}

export interface AccountRecord {
  account: Account;
  /** The platform's own account (requests without Stripe-Account act on it). */
  platform: boolean;
  /** Whether the platform's OAuth connection to it stands (false once deauthorized). */
  connected: boolean;
}

export function buildAccount(settings: NewAccountSettings, id = newId.account()): Account {
  return {
    id,
    object: 'account',
    type: 'standard',
    business_profile: { name: settings.businessName, url: null, support_email: settings.email },
    business_type: 'company',
    capabilities: {
      card_payments: settings.chargesEnabled ? 'active' : 'inactive',
      transfers: settings.chargesEnabled ? 'active' : 'inactive',
    },
    charges_enabled: settings.chargesEnabled,
    payouts_enabled: settings.chargesEnabled,
    details_submitted: settings.detailsSubmitted,
    country: settings.country,
    default_currency: settings.defaultCurrency,
    email: settings.email,
    created: nowSeconds(),
    metadata: {},
    settings: { dashboard: { display_name: settings.businessName, timezone: 'Europe/London' } },
  };
}

/** Every account the sandbox knows: the platform's and those that connected through OAuth. */
export class Accounts {
  private readonly records = new Map<string, AccountRecord>();
  readonly platformId: string;

  constructor(platformName: string) {
    const platform = buildAccount({
      businessName: platformName,
      country: 'GB',
      defaultCurrency: 'gbp',
      chargesEnabled: true,
      detailsSubmitted: true,
      email: null,
    });
    this.platformId = platform.id;
    this.records.set(platform.id, { account: platform, platform: true, connected: true });
  }

  create(settings: NewAccountSettings): AccountRecord {
    const record = { account: buildAccount(settings), platform: false, connected: true };
    this.records.set(record.account.id, record);
    return record;
  }

  get(id: string): AccountRecord | undefined {
    return this.records.get(id);
  }

  /** Connected accounts, newest first. */
  connectedAccounts(): AccountRecord[] {
    return [...this.records.values()].filter((record) => !record.platform).reverse();
  }

  /** Forgets every connected account (reset). */
  clearConnected(): void {
    for (const [id, record] of this.records) if (!record.platform) this.records.delete(id);
  }
}

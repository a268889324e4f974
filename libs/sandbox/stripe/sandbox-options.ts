import type { NewAccountSettings } from './store/accounts';

export interface StripeSandboxOptions {
  /** 0 (the default) picks a free port. The server listens on 127.0.0.1 only. */
  port?: number;
  /** The platform's secret key, what Settle passes to `new Stripe(key)`. */
  secretKey?: string;
  publishableKey?: string;
  /** The platform's Connect client id (`ca_…`). */
  clientId?: string;
  /** The webhook endpoint's signing secret (`whsec_…`). */
  webhookSecret?: string;
  /** Where events are POSTed (Settle's `/webhooks/stripe`); none = events are only stored. */
  webhookUrl?: string;
  /** Waits before each retry of a refused delivery (default 5 s, 30 s, 2 min: Stripe's sandbox retries 3 times over hours). */
  webhookRetryDelaysMs?: number[];
  /** How long a receiver may take before the attempt counts as failed (default 10 s). */
  webhookTimeoutMs?: number;
  /** Redirect URIs registered for Connect OAuth; when empty any http(s) URI is accepted. */
  redirectUris?: string[];
  /** The platform's name, shown on the consent page. */
  platformName?: string;
  /** The API version events are rendered in (default the SDK's pinned `2026-10-28.endive`). */
  apiVersion?: string;
  /** Requests a second per account before 429 rate_limit (Stripe's sandbox: 25); 0 (default) = no limit. */
  requestsPerSecond?: number;
  /** How a connected account made on the consent page starts (charges enabled by default). */
  newAccount?: Partial<NewAccountSettings>;
}

export interface ResolvedSandboxOptions {
  port: number;
  secretKey: string;
  publishableKey: string;
  clientId: string;
  webhookSecret: string;
  webhookUrl?: string;
  webhookRetryDelaysMs: number[];
  webhookTimeoutMs: number;
  redirectUris: string[];
  platformName: string;
  apiVersion: string;
  requestsPerSecond: number;
  newAccount: NewAccountSettings;
}

export const SANDBOX_API_VERSION = '2026-10-28.endive';

export const DEFAULT_NEW_ACCOUNT: NewAccountSettings = {
  businessName: 'Sandbox Business Ltd',
  country: 'GB',
  defaultCurrency: 'gbp',
  chargesEnabled: true,
  detailsSubmitted: true,
  email: null,
};

export function resolveOptions(options: StripeSandboxOptions): ResolvedSandboxOptions {
  return {
    port: options.port ?? 0,
    secretKey: options.secretKey ?? 'sk_test_51SettleSandboxPlatformSecretKey',
    publishableKey: options.publishableKey ?? 'pk_test_51SettleSandboxPlatformPublishableKey',
    clientId: options.clientId ?? 'ca_SettleSandboxPlatformClientId',
    webhookSecret: options.webhookSecret ?? 'whsec_settle_sandbox_webhook_secret',
    webhookUrl: options.webhookUrl,
    webhookRetryDelaysMs: options.webhookRetryDelaysMs ?? [5_000, 30_000, 120_000],
    webhookTimeoutMs: options.webhookTimeoutMs ?? 10_000,
    redirectUris: options.redirectUris ?? [],
    platformName: options.platformName ?? 'Settle (sandbox)',
    apiVersion: options.apiVersion ?? SANDBOX_API_VERSION,
    requestsPerSecond: options.requestsPerSecond ?? 0,
    newAccount: { ...DEFAULT_NEW_ACCOUNT, ...options.newAccount },
  };
}

import type { QboCompanyData } from '../../quickbooks/qbo-types';

export type WebhookFormat = 'cloudevents' | 'legacy';

export interface SandboxLimits {
  /** Requests allowed per realm within `windowMs` (QuickBooks: 500 a minute). */
  perMinute: number;
  /** Requests a realm may have in flight at once (QuickBooks: 10). */
  concurrent: number;
  /** The length of the rate window; 60 000 unless a test shortens it. */
  windowMs: number;
}

export interface QuickBooksSandboxOptions {
  /** 0 (the default) picks a free port. The server listens on 127.0.0.1 only. */
  port?: number;
  clientId?: string;
  clientSecret?: string;
  /** Redirect URIs the app registered; when empty any http(s) URI is accepted. */
  redirectUris?: string[];
  webhookVerifierToken?: string;
  webhookUrl?: string;
  webhookFormat?: WebhookFormat;
  /** How long changes are gathered before one delivery (default 200 ms). */
  webhookBatchDelayMs?: number;
  /** Waits before each retry of a failed delivery (default Intuit's 10 s, 20 s, 30 s, 5 min...). */
  webhookRetryDelaysMs?: number[];
  /** How long a receiver may take before the delivery counts as failed (default 3 s, as Intuit). */
  webhookTimeoutMs?: number;
  /** Access-token lifetime (default 3600 s). */
  accessTokenTtlSeconds?: number;
  limits?: Partial<SandboxLimits>;
  companies?: QboCompanyData[];
}

export interface ResolvedSandboxOptions {
  port: number;
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  webhookVerifierToken: string;
  webhookUrl?: string;
  webhookFormat: WebhookFormat;
  webhookBatchDelayMs: number;
  webhookRetryDelaysMs: number[];
  webhookTimeoutMs: number;
  accessTokenTtlSeconds: number;
  limits: SandboxLimits;
  companies: QboCompanyData[];
}

/** Intuit's retry schedule for failed webhook deliveries. */
export const INTUIT_RETRY_DELAYS_MS = [10_000, 20_000, 30_000, 300_000, 1_200_000, 7_200_000, 14_400_000, 21_600_000];

export const DEFAULT_LIMITS: SandboxLimits = { perMinute: 500, concurrent: 10, windowMs: 60_000 };

export function resolveOptions(options: QuickBooksSandboxOptions): ResolvedSandboxOptions {
  return {
    port: options.port ?? 0,
    clientId: options.clientId ?? 'sandbox-client-id',
    clientSecret: options.clientSecret ?? 'sandbox-client-secret',
    redirectUris: options.redirectUris ?? [],
    webhookVerifierToken: options.webhookVerifierToken ?? 'sandbox-verifier-token',
    webhookUrl: options.webhookUrl,
    webhookFormat: options.webhookFormat ?? 'cloudevents',
    webhookBatchDelayMs: options.webhookBatchDelayMs ?? 200,
    webhookRetryDelaysMs: options.webhookRetryDelaysMs ?? INTUIT_RETRY_DELAYS_MS,
    webhookTimeoutMs: options.webhookTimeoutMs ?? 3000,
    accessTokenTtlSeconds: options.accessTokenTtlSeconds ?? 3600,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    companies: options.companies ?? [],
  };
}

import type { VonageSignatureMethod } from '../../vonage';

/** How Vonage calls a webhook, an account setting in its dashboard. */
export type WebhookFormat = 'GET' | 'POST' | 'POST-JSON';

export interface VonageSandboxOptions {
  /** 0 (the default) picks a free port. The server listens on 127.0.0.1 only. */
  port?: number;
  apiKey?: string;
  apiSecret?: string;
  /** The secret webhooks are signed with (not the API secret). */
  signatureSecret?: string;
  /** Default 'md5hash', Vonage's default. */
  signatureMethod?: VonageSignatureMethod;
  /** The account-level delivery receipt URL; a message's own `callback` overrides it. */
  deliveryReceiptUrl?: string;
  /** Where texts sent to the virtual numbers are posted. */
  inboundUrl?: string;
  /** Format of delivery receipts (default 'POST-JSON'). */
  receiptFormat?: WebhookFormat;
  /** Format of inbound texts (default: the receipt format). */
  inboundFormat?: WebhookFormat;
  /** Adds timestamp, nonce and sig to every webhook (off by default, as on a Vonage account). */
  signWebhooks?: boolean;
  /** Requests a second per API key before status 1 (default 30, Vonage's default). */
  throughputPerSecond?: number;
  /** Wait between a send and its delivery receipts (default 50 ms). */
  receiptDelayMs?: number;
  /** Waits before each retry of a webhook the receiver did not take (default 1 s, 5 s, 25 s). */
  retryDelaysMs?: number[];
  /** How long a receiver may take before the attempt counts as failed (default 15 s). */
  webhookTimeoutMs?: number;
  /** The account's numbers: Settle may send from them and phones reply to them. */
  virtualNumbers?: string[];
  /** Price of one SMS part, a decimal string (default '0.03330000'). */
  pricePerPart?: string;
  /** Starting credit, a decimal string (default '1000.00000000'); status 9 once it is spent. */
  balance?: string;
}

export interface WebhookSettings {
  deliveryReceiptUrl?: string;
  inboundUrl?: string;
  receiptFormat: WebhookFormat;
  inboundFormat: WebhookFormat;
  signWebhooks: boolean;
  signatureMethod: VonageSignatureMethod;
  retryDelaysMs: number[];
  timeoutMs: number;
}

export interface ResolvedSandboxOptions {
  port: number;
  apiKey: string;
  apiSecret: string;
  signatureSecret: string;
  throughputPerSecond: number;
  receiptDelayMs: number;
  virtualNumbers: string[];
  pricePerPart: string;
  balance: string;
  webhooks: WebhookSettings;
}

export const DEFAULT_RETRY_DELAYS_MS = [1_000, 5_000, 25_000];

export function resolveOptions(options: VonageSandboxOptions): ResolvedSandboxOptions {
  const receiptFormat = options.receiptFormat ?? 'POST-JSON';
  return {
    port: options.port ?? 0,
    apiKey: options.apiKey ?? 'sandboxkey',
    apiSecret: options.apiSecret ?? 'sandbox-api-secret',
    signatureSecret: options.signatureSecret ?? 'sandbox-signature-secret',
    throughputPerSecond: options.throughputPerSecond ?? 30,
    receiptDelayMs: options.receiptDelayMs ?? 50,
    virtualNumbers: options.virtualNumbers ?? ['447700900100'],
    pricePerPart: options.pricePerPart ?? '0.03330000',
    balance: options.balance ?? '1000.00000000',
    webhooks: {
      deliveryReceiptUrl: options.deliveryReceiptUrl,
      inboundUrl: options.inboundUrl,
      receiptFormat,
      inboundFormat: options.inboundFormat ?? receiptFormat,
      signWebhooks: options.signWebhooks ?? false,
      signatureMethod: options.signatureMethod ?? 'md5hash',
      retryDelaysMs: options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS,
      timeoutMs: options.webhookTimeoutMs ?? 15_000,
    },
  };
}

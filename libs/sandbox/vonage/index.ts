export { startVonageSandbox, type VonageSandbox } from './vonage-sandbox';
export type { VonageSandboxOptions, WebhookFormat, WebhookSettings } from './sandbox-options';
export type { SandboxAdmin, SandboxConfig } from './admin/sandbox-admin';
export type { ForceStatus, ForcedStatus } from './sms/forced-statuses';
export type { ReceiptSettings, SetReceipts } from './receipts/receipt-rules';
export type { ReceiptOverride } from './receipts/receipt-sender';
export type { InjectInbound } from './inbound/inbound-injector';
export type { PhoneText, ReceiptOutcome, SentPart, SentSms } from './store/sandbox-store';
export type { WebhookDelivery, WebhookKind } from './webhooks/webhook-dispatcher';

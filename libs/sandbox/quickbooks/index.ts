export { startQuickBooksSandbox, type QuickBooksSandbox } from './quickbooks-sandbox';
export type { QuickBooksSandboxOptions, SandboxLimits, WebhookFormat } from './sandbox-options';
export type { SandboxAdmin, CompanySummary, WebhookConfig } from './admin/sandbox-admin';
export type { QuickBooksUser, ReceivePayment } from './admin/quickbooks-user';
export type { ChaosSettings } from './limits/chaos';
export type { WebhookDelivery } from './webhooks/webhook-dispatcher';
export type { FaultBody } from './faults';

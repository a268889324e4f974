export { startCrezcoSandbox, type CrezcoSandbox } from './crezco-sandbox';
export {
  DEFAULT_STATUS_TIMINGS,
  type CrezcoSandboxOptions,
  type ReferenceRule,
  type StatusTimings,
} from './sandbox-options';
export type {
  DroppedWebhook,
  ForgedWebhook,
  PaymentView,
  PayOptions,
  RuntimeSettings,
  SandboxAdmin,
} from './admin/sandbox-admin';
export type { ForceFailure } from './http/forced-failures';
export type { PayerDecision } from './payments/payment-service';
export type { ApiRequestRecord } from './sandbox-context';
export type { Subscription } from './webhooks/subscriptions';
export type { ReleaseOrder, WebhookDelivery, WebhookMischief } from './webhooks/webhook-dispatcher';
export { MOCK_BANKS } from './payments/banks';
export { DECLINED_MESSAGE } from './users/onboarding.routes';

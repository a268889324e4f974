export { verifyIntuitSignature } from './intuit-signature';
export { parseQuickBooksWebhook } from './quickbooks-webhook.parser';
export { MalformedWebhookError } from './quickbooks-change-notice';
export type {
  QuickBooksChangeNotice,
  QuickBooksChangeOperation,
  QuickBooksWebhookParseResult,
  RejectedChangeEntry,
} from './quickbooks-change-notice';

import { SetMetadata } from '@nestjs/common';
import type { InboxMessage } from './inbox-message';

export const HANDLES_WEBHOOK = Symbol('settle:handles-webhook');

export type WebhookOutcome = 'processed' | 'ignored';

/** Processes the stored webhooks of one provider; throwing makes the job retry with backoff. */
export interface WebhookHandler {
  process(message: InboxMessage): Promise<WebhookOutcome>;
}

export const HandlesWebhook = (provider: string) => SetMetadata(HANDLES_WEBHOOK, provider);

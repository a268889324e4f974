import { Command } from '@nestjs/cqrs';
import type { VonageWebhookKind } from './vonage-webhook-kinds';

/** A Vonage webhook's parameters (query, form or JSON: the same fields), to verify and store. */
export class ReceiveVonageWebhookCommand extends Command<void> {
  constructor(
    readonly kind: VonageWebhookKind,
    readonly params: Record<string, string>,
    readonly headers: Record<string, string>,
  ) {
    super();
  }
}

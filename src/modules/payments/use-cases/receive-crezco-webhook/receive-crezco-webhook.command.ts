import { Command } from '@nestjs/cqrs';

/** A delivery to /webhooks/crezco as it came. Unsigned: it is stored, and only triggers a fetch. */
export class ReceiveCrezcoWebhookCommand extends Command<void> {
  constructor(
    readonly rawBody: Buffer,
    readonly headers: Record<string, string>,
  ) {
    super();
  }
}

import { Command } from '@nestjs/cqrs';

/** A delivery to /webhooks/stripe as it came: verified on its raw bytes before anything is stored. */
export class ReceiveStripeWebhookCommand extends Command<void> {
  constructor(
    readonly rawBody: Buffer,
    readonly signature: string | undefined,
    readonly headers: Record<string, string>,
  ) {
    super();
  }
}

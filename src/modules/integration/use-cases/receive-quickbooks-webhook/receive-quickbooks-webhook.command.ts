import { Command } from '@nestjs/cqrs';

/** A webhook whose intuit-signature has been verified, to be stored before it is answered. */
export class ReceiveQuickBooksWebhookCommand extends Command<void> {
  constructor(
    readonly rawBody: string,
    readonly headers: Record<string, string>,
  ) {
    super();
  }
}

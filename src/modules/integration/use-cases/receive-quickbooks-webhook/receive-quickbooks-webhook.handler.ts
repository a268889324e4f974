import { createHash } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Inbox } from '../../../../platform/inbox/inbox';
import { QUICKBOOKS_WEBHOOK_PROVIDER } from '../route-quickbooks-webhook/quickbooks-webhook.handler';
import { ReceiveQuickBooksWebhookCommand } from './receive-quickbooks-webhook.command';

/**
 * Stores the delivery in the inbox, keyed by a hash of its body: Intuit's retry of a delivery is the
 * same body and is a no-op here. Events repeated across different deliveries are deduplicated by
 * their own ids when the delivery is processed.
 */
@CommandHandler(ReceiveQuickBooksWebhookCommand)
export class ReceiveQuickBooksWebhookHandler implements ICommandHandler<ReceiveQuickBooksWebhookCommand> {
  constructor(private readonly inbox: Inbox) {}

  async execute(command: ReceiveQuickBooksWebhookCommand): Promise<void> {
    const dedupeKey = createHash('sha256').update(command.rawBody).digest('hex');
    await this.inbox.store({
      provider: QUICKBOOKS_WEBHOOK_PROVIDER,
      dedupeKey,
      headers: command.headers,
      rawBody: command.rawBody,
    });
  }
}

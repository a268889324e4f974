import { createHash } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Inbox } from '../../../../platform/inbox/inbox';
import { CREZCO_WEBHOOK_PROVIDER } from './crezco-webhook-provider';
import { ReceiveCrezcoWebhookCommand } from './receive-crezco-webhook.command';

const MAX_BODY = 64 * 1024;

/**
 * Stores Crezco's delivery once per body (the same bytes again are a duplicate). Crezco signs
 * nothing, so nothing in it is believed: the job only learns which pay demand to ask Crezco about.
 */
@CommandHandler(ReceiveCrezcoWebhookCommand)
export class ReceiveCrezcoWebhookHandler implements ICommandHandler<ReceiveCrezcoWebhookCommand> {
  constructor(private readonly inbox: Inbox) {}

  async execute({ rawBody, headers }: ReceiveCrezcoWebhookCommand): Promise<void> {
    if (rawBody.length === 0 || rawBody.length > MAX_BODY) return;
    await this.inbox.store({
      provider: CREZCO_WEBHOOK_PROVIDER,
      dedupeKey: createHash('sha256').update(rawBody).digest('hex'),
      headers,
      rawBody: rawBody.toString('utf8'),
    });
  }
}

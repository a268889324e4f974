import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { verifyVonageSignature } from '../../../../../libs/vonage';
import { AppError } from '../../../../platform/errors/app-error';
import { Inbox } from '../../../../platform/inbox/inbox';
import { messagingConfig, type MessagingConfig } from '../../infrastructure/messaging.config';
import { ReceiveVonageWebhookCommand } from './receive-vonage-webhook.command';
import { VONAGE_INBOUND_PROVIDER, VONAGE_RECEIPT_PROVIDER } from './vonage-webhook-kinds';

const MAX_SKEW_SECONDS = 300;

/**
 * Checks the signature (when a signature secret is configured: a missing, wrong or stale one is a
 * 401 and nothing is stored), then stores the webhook in the inbox once: a receipt per (part id,
 * status), an inbound text per message id. Vonage's resends are no-ops.
 */
@CommandHandler(ReceiveVonageWebhookCommand)
export class ReceiveVonageWebhookHandler implements ICommandHandler<ReceiveVonageWebhookCommand> {
  constructor(
    private readonly inbox: Inbox,
    @Inject(messagingConfig.KEY) private readonly config: MessagingConfig,
  ) {}

  async execute({ kind, params, headers }: ReceiveVonageWebhookCommand): Promise<void> {
    if (this.config.signatureSecret) {
      const verdict = verifyVonageSignature(
        params,
        this.config.signatureSecret,
        this.config.signatureMethod,
        new Date(),
        MAX_SKEW_SECONDS,
      );
      if (verdict !== 'valid') {
        throw new AppError(
          'MESSAGING.BAD_WEBHOOK_SIGNATURE',
          'unauthenticated',
          `The webhook's signature is ${verdict}: nothing was stored`,
        );
      }
    }
    const messageId = params.messageId;
    if (!messageId || (kind === 'delivery-receipt' && !params.status)) {
      throw new AppError('MESSAGING.MALFORMED_WEBHOOK', 'invalid', 'The webhook has no messageId or status', [
        { field: messageId ? 'status' : 'messageId', message: 'is required' },
      ]);
    }
    await this.inbox.store({
      provider: kind === 'delivery-receipt' ? VONAGE_RECEIPT_PROVIDER : VONAGE_INBOUND_PROVIDER,
      dedupeKey: kind === 'delivery-receipt' ? `${messageId}:${params.status}` : messageId,
      headers,
      rawBody: JSON.stringify(params),
    });
  }
}

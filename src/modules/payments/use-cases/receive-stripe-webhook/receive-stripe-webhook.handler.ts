import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Inbox } from '../../../../platform/inbox/inbox';
import { STRIPE_GATEWAY, type StripeGateway } from '../../domain/stripe-gateway.port';
import { ReceiveStripeWebhookCommand } from './receive-stripe-webhook.command';
import { STRIPE_WEBHOOK_PROVIDER } from './stripe-webhook-provider';

/**
 * Checks Stripe-Signature on the raw body (a bad one is a 401 and nothing is stored), then stores the
 * event once by its id: Stripe's retries and duplicates are no-ops.
 */
@CommandHandler(ReceiveStripeWebhookCommand)
export class ReceiveStripeWebhookHandler implements ICommandHandler<ReceiveStripeWebhookCommand> {
  constructor(
    private readonly inbox: Inbox,
    @Inject(STRIPE_GATEWAY) private readonly stripe: StripeGateway,
  ) {}

  async execute({ rawBody, signature, headers }: ReceiveStripeWebhookCommand): Promise<void> {
    const event = this.stripe.verifyEvent(rawBody, signature);
    await this.inbox.store({
      provider: STRIPE_WEBHOOK_PROVIDER,
      dedupeKey: event.id,
      headers,
      rawBody: rawBody.toString('utf8'),
    });
  }
}

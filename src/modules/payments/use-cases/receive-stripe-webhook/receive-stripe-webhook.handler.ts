import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Inbox } from '../../../../platform/inbox/inbox';
import { STRIPE_GATEWAY, type StripeGateway } from '../../domain/stripe-gateway.port';
import { ReceiveStripeWebhookCommand } from './receive-stripe-webhook.command';
import { STRIPE_WEBHOOK_PROVIDER } from './stripe-webhook-provider';

/**
 * Checks Stripe-Signature on the raw body (a bad one is a 401 and nothing is stored), then stores the
 * event once by its id: Stripe's retries and duplicates are no-ops. An event of a kind Settle does
 * not act on (a charge or PaymentIntent of a paid session, say) is stored as ignored, with no job.
 */
@CommandHandler(ReceiveStripeWebhookCommand)
export class ReceiveStripeWebhookHandler implements ICommandHandler<ReceiveStripeWebhookCommand> {
  constructor(
    private readonly inbox: Inbox,
    @Inject(STRIPE_GATEWAY) private readonly stripe: StripeGateway,
  ) {}

  async execute({ rawBody, signature, headers }: ReceiveStripeWebhookCommand): Promise<void> {
    const notice = this.stripe.verifyEvent(rawBody, signature);
    await this.inbox.store({
      provider: STRIPE_WEBHOOK_PROVIDER,
      dedupeKey: notice.eventId,
      headers,
      rawBody: rawBody.toString('utf8'),
      ignore: notice.kind === 'other',
    });
  }
}

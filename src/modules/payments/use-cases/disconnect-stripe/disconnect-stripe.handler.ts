import { Inject, Logger } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { StripeConnection } from '../../domain/stripe-connection';
import { STRIPE_GATEWAY, type StripeGateway } from '../../domain/stripe-gateway.port';
import { PaymentsErrors } from '../../payments.errors';
import { DisconnectStripeCommand } from './disconnect-stripe.command';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Deauthorizes Settle on the business's Stripe account and marks the connection disconnected. If
 * Stripe answers that it was already revoked, the connection is closed all the same.
 */
@CommandHandler(DisconnectStripeCommand)
export class DisconnectStripeHandler implements ICommandHandler<DisconnectStripeCommand> {
  private readonly logger = new Logger(DisconnectStripeHandler.name);

  constructor(
    private readonly scope: AccountScope,
    @Inject(STRIPE_GATEWAY) private readonly stripe: StripeGateway,
  ) {}

  async execute({ accountId }: DisconnectStripeCommand): Promise<void> {
    const connection = await this.scope.read(accountId, (em) =>
      em.findOne(StripeConnection, { accountId, status: 'connected' }),
    );
    if (!connection) throw PaymentsErrors.stripeNotConnected();
    try {
      await this.stripe.deauthorize(connection.stripeAccountId);
    } catch (error) {
      this.logger.warn({ accountId, reason: messageOf(error) }, 'Stripe deauthorize refused; disconnecting anyway');
    }
    await this.scope.transaction(accountId, async (em) => {
      const current = await em.findOneOrFail(StripeConnection, { id: connection.id });
      current.disconnect();
    });
  }
}

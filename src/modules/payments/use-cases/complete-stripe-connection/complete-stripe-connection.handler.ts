import { Inject, Logger } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { StripeConnection, type StripeAccountDetails } from '../../domain/stripe-connection';
import { STRIPE_GATEWAY, type StripeGateway } from '../../domain/stripe-gateway.port';
import { StripeOAuthState } from '../../domain/stripe-oauth-state';
import { PaymentsErrors } from '../../payments.errors';
import { CompleteStripeConnectionCommand, type CompletedStripeConnection } from './complete-stripe-connection.command';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Stripe's redirect after consent. The state proves which account and user asked (once, within ten
 * minutes); the code is exchanged for the connected account's id, the account is described, and the
 * connection stored. A Stripe account connected to another Settle account is refused.
 */
@CommandHandler(CompleteStripeConnectionCommand)
export class CompleteStripeConnectionHandler implements ICommandHandler<CompleteStripeConnectionCommand> {
  private readonly logger = new Logger(CompleteStripeConnectionHandler.name);

  constructor(
    private readonly scope: AccountScope,
    @Inject(STRIPE_GATEWAY) private readonly stripe: StripeGateway,
  ) {}

  async execute(command: CompleteStripeConnectionCommand): Promise<CompletedStripeConnection> {
    const state = await this.consumeState(command.state);
    if (command.error) {
      throw command.error === 'access_denied'
        ? PaymentsErrors.accessDenied()
        : PaymentsErrors.stripeRefused(command.error);
    }
    if (!command.code) throw PaymentsErrors.stripeRefused('the answer had no authorization code');
    const details = await this.connectedAccount(command.code);
    await this.scope.transaction(state.accountId, async (em) => {
      const elsewhere = await em.count(
        StripeConnection,
        { stripeAccountId: details.stripeAccountId, status: 'connected', accountId: { $ne: state.accountId } },
        { filters: false },
      );
      if (elsewhere > 0) throw PaymentsErrors.stripeAccountConnectedElsewhere();
      const existing = await em.findOne(StripeConnection, { accountId: state.accountId });
      if (existing) existing.reconnect(state.userId, details);
      else em.persist(StripeConnection.connect(state.accountId, state.userId, details));
    });
    this.logger.log({ accountId: state.accountId, stripeAccountId: details.stripeAccountId }, 'Stripe connected');
    return details;
  }

  private async connectedAccount(code: string): Promise<StripeAccountDetails> {
    try {
      return await this.stripe.describeAccount(await this.stripe.exchangeCode(code));
    } catch (error) {
      throw PaymentsErrors.stripeRefused(messageOf(error));
    }
  }

  /** Claimed before anything else and on its own: a replayed or forged state never reaches Stripe. */
  private consumeState(id: string | undefined): Promise<StripeOAuthState> {
    if (!id || id.length > 64) throw PaymentsErrors.invalidState();
    return this.scope.acrossAccounts(async (em) => {
      const claimed = await em.nativeUpdate(
        StripeOAuthState,
        { id, usedAt: null, expiresAt: { $gt: new Date() } },
        { usedAt: new Date() },
      );
      if (claimed !== 1) throw PaymentsErrors.invalidState();
      return em.findOneOrFail(StripeOAuthState, { id });
    });
  }
}

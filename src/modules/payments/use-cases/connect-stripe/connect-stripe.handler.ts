import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { STRIPE_GATEWAY, type StripeGateway } from '../../domain/stripe-gateway.port';
import { StripeOAuthState } from '../../domain/stripe-oauth-state';
import { PaymentsErrors } from '../../payments.errors';
import { ConnectStripeCommand } from './connect-stripe.command';

@CommandHandler(ConnectStripeCommand)
export class ConnectStripeHandler implements ICommandHandler<ConnectStripeCommand> {
  constructor(
    private readonly scope: AccountScope,
    @Inject(STRIPE_GATEWAY) private readonly stripe: StripeGateway,
  ) {}

  async execute(command: ConnectStripeCommand): Promise<{ authorizeUrl: string }> {
    if (!this.stripe.configured) throw PaymentsErrors.methodUnavailable('Settle has no Stripe platform configured');
    const state = StripeOAuthState.issue(command);
    await this.scope.transaction(command.accountId, async (em) => {
      em.persist(state);
    });
    return { authorizeUrl: this.stripe.authorizeUrl(state.id) };
  }
}

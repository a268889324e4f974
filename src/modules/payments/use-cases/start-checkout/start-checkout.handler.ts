import { Inject, Logger } from '@nestjs/common';
import { CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { GetInvoiceForPaymentQuery } from '../../../invoicing/contracts';
import { StartCheckoutCommand, type CheckoutStarted } from '../../contracts/start-checkout.command';
import { PaymentAttempt } from '../../domain/payment-attempt';
import { toStripeAmount } from '../../domain/stripe-amount';
import { StripeConnection } from '../../domain/stripe-connection';
import { STRIPE_GATEWAY, type StripeGateway } from '../../domain/stripe-gateway.port';
import { PaymentsErrors } from '../../payments.errors';
import { BankCheckout } from './bank-checkout';
import { successUrlOf } from './return-url';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * A press of "Pay by bank" goes to BankCheckout. A press of "Pay by card": a new attempt for the amount given, then a Checkout Session on the
 * business's own Stripe account (a direct charge) whose idempotency key is the attempt id, so a
 * retried request never makes a second session. The attempt is committed before Stripe is called:
 * an event about it can always find it.
 */
@CommandHandler(StartCheckoutCommand)
export class StartCheckoutHandler implements ICommandHandler<StartCheckoutCommand> {
  private readonly logger = new Logger(StartCheckoutHandler.name);

  constructor(
    private readonly scope: AccountScope,
    private readonly queries: QueryBus,
    @Inject(STRIPE_GATEWAY) private readonly stripe: StripeGateway,
    private readonly bank: BankCheckout,
  ) {}

  async execute(command: StartCheckoutCommand): Promise<CheckoutStarted> {
    if (command.method === 'bank') return this.bank.start(command);
    const connection = await this.scope.read(command.accountId, (em) =>
      em.findOne(StripeConnection, { accountId: command.accountId }),
    );
    if (!connection?.canTakeCharges()) {
      throw PaymentsErrors.methodUnavailable(
        connection?.status === 'connected'
          ? 'Stripe does not let this business take charges yet'
          : 'Stripe is not connected',
      );
    }
    const invoice = await this.queries.execute(new GetInvoiceForPaymentQuery(command.accountId, command.invoiceId));
    if (!invoice) throw PaymentsErrors.invoiceNotFound();
    if (!invoice.payable) throw PaymentsErrors.invoiceNotPayable();
    const minor = BigInt(command.amount.minor);
    const amount = toStripeAmount(minor, command.amount.currency);

    const attempt = PaymentAttempt.start({
      accountId: command.accountId,
      invoiceId: command.invoiceId,
      contactId: invoice.contactId,
      stripeAccountId: connection.stripeAccountId,
      amountMinor: minor,
      currency: command.amount.currency.toUpperCase(),
    });
    await this.scope.transaction(command.accountId, async (em) => {
      em.persist(attempt);
    });
    const session = await this.createSession(attempt, connection.stripeAccountId, command, amount);
    await this.scope.transaction(command.accountId, async (em) => {
      const stored = await em.findOneOrFail(PaymentAttempt, { id: attempt.id });
      stored.sessionCreated(session.sessionId);
    });
    return { attemptId: attempt.id, redirectUrl: session.url };
  }

  private async createSession(
    attempt: PaymentAttempt,
    stripeAccountId: string,
    command: StartCheckoutCommand,
    amount: number,
  ) {
    try {
      return await this.stripe.createCheckoutSession({
        stripeAccountId,
        attemptId: attempt.id,
        accountId: attempt.accountId,
        invoiceId: attempt.invoiceId,
        amount,
        currency: attempt.currency,
        name: command.description,
        successUrl: successUrlOf(command.returnUrl),
        cancelUrl: command.returnUrl,
      });
    } catch (error) {
      const reason = messageOf(error);
      this.logger.warn({ attemptId: attempt.id, reason }, 'Stripe refused the Checkout Session');
      await this.scope.transaction(attempt.accountId, async (em) => {
        const stored = await em.findOneOrFail(PaymentAttempt, { id: attempt.id });
        stored.expire();
      });
      throw PaymentsErrors.stripeRefused(reason);
    }
  }
}

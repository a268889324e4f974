import { Inject, Injectable, Logger } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { crezcoReference } from '../../../../../libs/crezco';
import { AccountScope } from '../../../../platform/database/account-scope';
import { GetInvoiceForPaymentQuery } from '../../../invoicing/contracts';
import type { CheckoutStarted, StartCheckoutCommand } from '../../contracts/start-checkout.command';
import { CrezcoConnection } from '../../domain/crezco-connection';
import { CREZCO_GATEWAY, type CrezcoGateway } from '../../domain/crezco-gateway.port';
import { PaymentAttempt } from '../../domain/payment-attempt';
import { crezcoConfig, type CrezcoConfig } from '../../infrastructure/crezco/crezco.config';
import { PaymentsErrors } from '../../payments.errors';
import { successUrlOf } from './return-url';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * A press of "Pay by bank": a new attempt for the amount given, committed first (a webhook about
 * it can always find it), then a Crezco pay demand for the business's Crezco user whose
 * idempotency id is the attempt id, and a custom redirect payment on it that brings the payer back
 * to the invoice page whatever happens. The page says "processing" until Crezco's fetched status
 * settles it; the redirect itself proves nothing.
 */
@Injectable()
export class BankCheckout {
  private readonly logger = new Logger(BankCheckout.name);

  constructor(
    private readonly scope: AccountScope,
    private readonly queries: QueryBus,
    @Inject(CREZCO_GATEWAY) private readonly crezco: CrezcoGateway,
    @Inject(crezcoConfig.KEY) private readonly config: CrezcoConfig,
  ) {}

  async start(command: StartCheckoutCommand): Promise<CheckoutStarted> {
    const currency = command.amount.currency.toUpperCase();
    if (!this.crezco.currencies.includes(currency)) {
      throw PaymentsErrors.methodUnavailable(`Crezco does not take payments in ${currency}`);
    }
    const connection = await this.scope.read(command.accountId, (em) =>
      em.findOne(CrezcoConnection, { accountId: command.accountId }),
    );
    if (!connection?.isConnected()) throw PaymentsErrors.methodUnavailable('Crezco is not connected');
    const invoice = await this.queries.execute(new GetInvoiceForPaymentQuery(command.accountId, command.invoiceId));
    if (!invoice) throw PaymentsErrors.invoiceNotFound();
    if (!invoice.payable) throw PaymentsErrors.invoiceNotPayable();

    const attempt = PaymentAttempt.startBank({
      accountId: command.accountId,
      invoiceId: command.invoiceId,
      contactId: invoice.contactId,
      crezcoUserId: connection.crezcoUserId,
      amountMinor: BigInt(command.amount.minor),
      currency,
    });
    await this.scope.transaction(command.accountId, async (em) => {
      em.persist(attempt);
    });
    const redirectUrl = await this.payAtCrezco(attempt, connection.crezcoUserId, command);
    return { attemptId: attempt.id, redirectUrl };
  }

  private async payAtCrezco(attempt: PaymentAttempt, crezcoUserId: string, command: StartCheckoutCommand) {
    try {
      const { payDemandId } = await this.crezco.createPayDemand({
        crezcoUserId,
        attemptId: attempt.id,
        accountId: attempt.accountId,
        invoiceId: attempt.invoiceId,
        amountMinor: attempt.amountMinor,
        currency: attempt.currency,
        reference: crezcoReference(command.invoiceNumber ?? ''),
      });
      await this.scope.transaction(attempt.accountId, async (em) => {
        const stored = await em.findOneOrFail(PaymentAttempt, { id: attempt.id });
        stored.payDemandCreated(payDemandId, this.config.pollAfterMs);
      });
      const back = successUrlOf(command.returnUrl);
      return await this.crezco.createRedirect({ crezcoUserId, payDemandId, successUrl: back, failureUrl: back });
    } catch (error) {
      const reason = messageOf(error);
      this.logger.warn({ attemptId: attempt.id, reason }, 'Crezco refused the pay demand or its payment');
      await this.scope.transaction(attempt.accountId, async (em) => {
        const stored = await em.findOneOrFail(PaymentAttempt, { id: attempt.id });
        stored.expire();
      });
      throw PaymentsErrors.crezcoRefused(reason);
    }
  }
}

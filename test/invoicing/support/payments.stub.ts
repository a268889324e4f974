import { Module } from '@nestjs/common';
import { CommandHandler, QueryHandler, type ICommandHandler, type IQueryHandler } from '@nestjs/cqrs';
import {
  GetInvoicePaymentStateQuery,
  GetPaymentOptionsQuery,
  StartCheckoutCommand,
  type CheckoutStarted,
  type InvoicePaymentState,
  type PaymentOptions,
} from '../../../src/modules/payments/contracts';
import { AppError } from '../../../src/platform/errors/app-error';

/**
 * Payments as the invoice page meets it, with what a test says: the ways an account can be paid,
 * each invoice's payment state, and checkouts (recorded; each answers the invoice page with
 * `?paid=1`, as a payer coming back from the provider's page). Pass PaymentsStubModule in
 * startTestApp's `imports`, after AppModule, so its handlers answer in Payments' place.
 */
export class PaymentsStub {
  private readonly options = new Map<string, PaymentOptions>();
  private readonly states = new Map<string, InvoicePaymentState>();
  private readonly unavailable = new Set<string>();
  readonly checkouts: StartCheckoutCommand[] = [];

  offer(accountId: string, options: PaymentOptions): void {
    this.options.set(accountId, options);
  }

  /** Checkouts of this method answer PAYMENTS.METHOD_UNAVAILABLE (409), as Payments does. */
  refuse(method: 'card' | 'bank'): void {
    this.unavailable.add(method);
  }

  state(invoiceId: string, state: InvoicePaymentState): void {
    this.states.set(invoiceId, state);
  }

  optionsOf(accountId: string): PaymentOptions {
    return this.options.get(accountId) ?? { card: false, bank: false };
  }

  stateOf(invoiceId: string): InvoicePaymentState {
    return this.states.get(invoiceId) ?? { processing: false, lastFailure: null };
  }

  start(command: StartCheckoutCommand): CheckoutStarted {
    if (this.unavailable.has(command.method)) {
      throw new AppError('PAYMENTS.METHOD_UNAVAILABLE', 'conflict', 'The business cannot take this method');
    }
    this.checkouts.push(command);
    return { attemptId: `attempt-${this.checkouts.length}`, redirectUrl: `${command.returnUrl}?paid=1` };
  }
}

@QueryHandler(GetPaymentOptionsQuery)
class PaymentOptionsStubHandler implements IQueryHandler<GetPaymentOptionsQuery> {
  constructor(private readonly stub: PaymentsStub) {}

  async execute({ accountId }: GetPaymentOptionsQuery): Promise<PaymentOptions> {
    return this.stub.optionsOf(accountId);
  }
}

@QueryHandler(GetInvoicePaymentStateQuery)
class PaymentStateStubHandler implements IQueryHandler<GetInvoicePaymentStateQuery> {
  constructor(private readonly stub: PaymentsStub) {}

  async execute({ invoiceId }: GetInvoicePaymentStateQuery): Promise<InvoicePaymentState> {
    return this.stub.stateOf(invoiceId);
  }
}

@CommandHandler(StartCheckoutCommand)
class StartCheckoutStubHandler implements ICommandHandler<StartCheckoutCommand> {
  constructor(private readonly stub: PaymentsStub) {}

  async execute(command: StartCheckoutCommand): Promise<CheckoutStarted> {
    return this.stub.start(command);
  }
}

@Module({
  providers: [PaymentsStub, PaymentOptionsStubHandler, PaymentStateStubHandler, StartCheckoutStubHandler],
})
export class PaymentsStubModule {}

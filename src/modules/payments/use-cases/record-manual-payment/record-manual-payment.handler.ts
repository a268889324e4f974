import { CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import { Money, MoneyError } from '../../../../../libs/money';
import { AccountScope } from '../../../../platform/database/account-scope';
import { Outbox } from '../../../../platform/outbox/outbox';
import { GetInvoiceForPaymentQuery } from '../../../invoicing/contracts';
import { Payment } from '../../domain/payment';
import { PAYMENT_METHODS, type PaymentMethod } from '../../domain/payment-method';
import { PaymentsErrors } from '../../payments.errors';
import { PaymentResponseDto } from '../payment.response.dto';
import { RecordManualPaymentCommand } from './record-manual-payment.command';

const isPaymentMethod = (method: string): method is PaymentMethod =>
  (PAYMENT_METHODS as readonly string[]).includes(method);

/**
 * Records a payment a user says was received, in the invoice's currency, and raises
 * PaymentSucceeded: the saga applies it and writes it to QuickBooks as it does a card payment.
 */
@CommandHandler(RecordManualPaymentCommand)
export class RecordManualPaymentHandler implements ICommandHandler<RecordManualPaymentCommand> {
  constructor(
    private readonly scope: AccountScope,
    private readonly queries: QueryBus,
    private readonly outbox: Outbox,
  ) {}

  async execute(command: RecordManualPaymentCommand): Promise<PaymentResponseDto> {
    if (!isPaymentMethod(command.method)) throw PaymentsErrors.methodNotAllowed(command.method, PAYMENT_METHODS);
    const invoice = await this.queries.execute(new GetInvoiceForPaymentQuery(command.accountId, command.invoiceId));
    if (!invoice) throw PaymentsErrors.invoiceNotFound();
    if (!invoice.payable) throw PaymentsErrors.invoiceNotPayable();
    const amount = parseAmount(command.amount, invoice.currency);
    const payment = Payment.recordedByUser({
      accountId: command.accountId,
      invoiceId: command.invoiceId,
      contactId: invoice.contactId,
      method: command.method,
      amountMinor: amount.minorUnits,
      currency: invoice.currency,
      paidOn: command.paidOn ?? new Date().toISOString().slice(0, 10),
      reference: command.reference,
      userId: command.userId,
    });
    await this.scope.transaction(command.accountId, async (em) => {
      em.persist(payment);
      this.outbox.record(em, ...payment.pullEvents());
    });
    return PaymentResponseDto.of(payment);
  }
}

function parseAmount(amount: string, currency: string): Money {
  let money: Money;
  try {
    money = Money.parse(amount, currency);
  } catch (error) {
    if (error instanceof MoneyError) throw PaymentsErrors.invalidAmount(error.message);
    throw error;
  }
  if (!money.isPositive()) throw PaymentsErrors.invalidAmount('must be more than zero');
  return money;
}

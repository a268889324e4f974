import { LockMode } from '@mikro-orm/core';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { Outbox } from '../../../../platform/outbox/outbox';
import { ApplyPaymentToInvoiceCommand, type PaymentApplied } from '../../contracts';
import { AppliedPayment } from '../../domain/applied-payment';
import { Invoice } from '../../domain/invoice';
import { InvoicingErrors } from '../../invoicing.errors';

/**
 * The payment saga's first step, in the saga's transaction (AccountScope joins it). The invoice row
 * is locked first, so two payments of one invoice apply one after the other and a payment
 * redelivered meanwhile finds its applied row: once per payment id, whatever the concurrency.
 */
@CommandHandler(ApplyPaymentToInvoiceCommand)
export class ApplyPaymentToInvoiceHandler implements ICommandHandler<ApplyPaymentToInvoiceCommand> {
  constructor(
    private readonly scope: AccountScope,
    private readonly outbox: Outbox,
  ) {}

  async execute(command: ApplyPaymentToInvoiceCommand): Promise<PaymentApplied> {
    if (!/^\d{1,18}$/.test(command.amountMinor)) throw InvoicingErrors.paymentAmountNotPositive();
    return this.scope.transaction(command.accountId, async (em) => {
      const invoice = await em.findOne(Invoice, { id: command.invoiceId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!invoice) throw InvoicingErrors.invoiceNotFound();
      const earlier = await em.findOne(AppliedPayment, { paymentId: command.paymentId });
      if (earlier) {
        if (earlier.invoiceId !== invoice.id) throw InvoicingErrors.paymentAppliedElsewhere();
        return answer(invoice, 'already_applied', earlier.appliedMinor);
      }
      const applied = invoice.applyPayment(
        {
          paymentId: command.paymentId,
          amountMinor: BigInt(command.amountMinor),
          currency: command.currency,
          source: command.source,
          paidAt: command.paidAt,
        },
        new Date(),
      );
      em.persist(applied);
      this.outbox.record(em, ...invoice.pullEvents());
      return answer(invoice, applied.outcome, applied.appliedMinor);
    });
  }
}

function answer(invoice: Invoice, outcome: PaymentApplied['outcome'], appliedMinor: bigint): PaymentApplied {
  return {
    outcome,
    appliedMinor: appliedMinor.toString(),
    quickBooksInvoiceId: invoice.quickBooksId,
    quickBooksCustomerId: invoice.quickBooksCustomerId,
  };
}

import { LockMode } from '@mikro-orm/core';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { Payment } from '../../domain/payment';
import { PaymentsErrors } from '../../payments.errors';
import { NotePaymentAppliedCommand } from './note-payment-applied.command';

@CommandHandler(NotePaymentAppliedCommand)
export class NotePaymentAppliedHandler implements ICommandHandler<NotePaymentAppliedCommand> {
  constructor(private readonly scope: AccountScope) {}

  execute({ accountId, paymentId, applied }: NotePaymentAppliedCommand): Promise<boolean> {
    return this.scope.transaction(accountId, async (em) => {
      const payment = await em.findOne(Payment, { id: paymentId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!payment) throw PaymentsErrors.paymentNotFound();
      return payment.appliedToInvoice({
        outcome: applied.outcome,
        appliedMinor: BigInt(applied.appliedMinor),
        quickBooksInvoiceId: applied.quickBooksInvoiceId,
      });
    });
  }
}

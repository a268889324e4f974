import { LockMode } from '@mikro-orm/core';
import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { isUuid } from '../../../../../libs/ids';
import { AccountScope } from '../../../../platform/database/account-scope';
import { Payment } from '../../domain/payment';
import { PaymentsErrors } from '../../payments.errors';
import { resendToQuickBooks } from './quickbooks-resend';
import { RetryQuickBooksCommand } from './retry-quickbooks.command';

/** The payment's state and Integration's scheduled write change in one transaction. */
@CommandHandler(RetryQuickBooksCommand)
export class RetryQuickBooksHandler implements ICommandHandler<RetryQuickBooksCommand> {
  constructor(
    private readonly scope: AccountScope,
    private readonly commands: CommandBus,
  ) {}

  async execute({ accountId, paymentId }: RetryQuickBooksCommand): Promise<void> {
    if (!isUuid(paymentId)) throw PaymentsErrors.paymentNotFound();
    await this.scope.transaction(accountId, async (em) => {
      const payment = await em.findOne(Payment, { id: paymentId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!payment) throw PaymentsErrors.paymentNotFound();
      const write = resendToQuickBooks(payment, 'asked by a user');
      await em.flush();
      await this.commands.execute(write);
    });
  }
}

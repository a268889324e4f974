import { LockMode } from '@mikro-orm/core';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { Payment } from '../../domain/payment';
import { NoteQuickBooksOutcomeCommand } from './note-quickbooks-outcome.command';

/** Keeps QuickBooks' answer on the payment; one about a payment this account lacks changes nothing. */
@CommandHandler(NoteQuickBooksOutcomeCommand)
export class NoteQuickBooksOutcomeHandler implements ICommandHandler<NoteQuickBooksOutcomeCommand> {
  constructor(private readonly scope: AccountScope) {}

  async execute({ accountId, paymentId, outcome }: NoteQuickBooksOutcomeCommand): Promise<void> {
    await this.scope.transaction(accountId, async (em) => {
      const payment = await em.findOne(Payment, { id: paymentId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!payment) return;
      if ('recorded' in outcome) payment.quickBooksRecorded(outcome.recorded);
      else payment.quickBooksFailed(outcome.failed.slice(0, 1000));
    });
  }
}

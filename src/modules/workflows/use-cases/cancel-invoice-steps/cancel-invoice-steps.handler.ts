import { LockMode } from '@mikro-orm/core';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '../../../../platform/clock/clock';
import { AccountScope } from '../../../../platform/database/account-scope';
import { InvoiceWorkflow } from '../../domain/invoice-workflow';
import { cancelScheduled } from '../../infrastructure/persistence/occurrences';
import { CancelInvoiceStepsCommand } from './cancel-invoice-steps.command';

@CommandHandler(CancelInvoiceStepsCommand)
export class CancelInvoiceStepsHandler implements ICommandHandler<CancelInvoiceStepsCommand> {
  constructor(
    private readonly scope: AccountScope,
    private readonly clock: Clock,
  ) {}

  execute({ accountId, invoiceId }: CancelInvoiceStepsCommand): Promise<void> {
    return this.scope.transaction(accountId, async (em) => {
      const copy = await em.findOne(InvoiceWorkflow, { invoiceId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!copy) return;
      const now = this.clock.now();
      copy.markRemoved(now);
      await cancelScheduled(em, [invoiceId], 'removed', now);
    });
  }
}

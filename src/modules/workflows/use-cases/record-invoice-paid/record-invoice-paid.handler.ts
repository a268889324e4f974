import { LockMode } from '@mikro-orm/core';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '../../../../platform/clock/clock';
import { AccountScope } from '../../../../platform/database/account-scope';
import { planThankYou } from '../../domain/invoice-schedule';
import { InvoiceWorkflow } from '../../domain/invoice-workflow';
import { StepOccurrence } from '../../domain/step-occurrence';
import { cancelScheduled } from '../../infrastructure/persistence/occurrences';
import { ScheduleContexts } from '../../infrastructure/schedule-contexts';
import { RecordInvoicePaidCommand } from './record-invoice-paid.command';

@CommandHandler(RecordInvoicePaidCommand)
export class RecordInvoicePaidHandler implements ICommandHandler<RecordInvoicePaidCommand> {
  constructor(
    private readonly scope: AccountScope,
    private readonly contexts: ScheduleContexts,
    private readonly clock: Clock,
  ) {}

  execute({ accountId, invoiceId }: RecordInvoicePaidCommand): Promise<void> {
    return this.scope.transaction(accountId, async (em) => {
      const copy = await em.findOne(InvoiceWorkflow, { invoiceId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!copy || copy.isRemoved()) return;
      const now = this.clock.now();
      if (!copy.markPaid(now)) return;
      await cancelScheduled(em, [invoiceId], 'paid', now, { kind: 'reminder' });
      const thankYou = planThankYou(copy, await this.contexts.of(em, accountId, now), now);
      const sentBefore = await em.count(StepOccurrence, { invoiceId, kind: 'thank_you' });
      if (thankYou && sentBefore === 0) em.persist(thankYou);
    });
  }
}

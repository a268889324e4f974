import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '../../../../platform/clock/clock';
import { AccountScope } from '../../../../platform/database/account-scope';
import { InvoiceWorkflow } from '../../domain/invoice-workflow';
import { cancelScheduled } from '../../infrastructure/persistence/occurrences';
import { CancelStepsForContactCommand } from './cancel-steps-for-contact.command';

/** A text already claimed is checked again by Invoicing and Messaging, which skip an opted-out contact. */
@CommandHandler(CancelStepsForContactCommand)
export class CancelStepsForContactHandler implements ICommandHandler<CancelStepsForContactCommand> {
  constructor(
    private readonly scope: AccountScope,
    private readonly clock: Clock,
  ) {}

  execute({ accountId, contactId }: CancelStepsForContactCommand): Promise<void> {
    return this.scope.transaction(accountId, async (em) => {
      const copies = await em.find(InvoiceWorkflow, { contactId }, { fields: ['invoiceId'] });
      await cancelScheduled(
        em,
        copies.map((copy) => copy.invoiceId),
        'opted_out',
        this.clock.now(),
      );
    });
  }
}

import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { Outbox } from '../../../../platform/outbox/outbox';
import { Invoice } from '../../domain/invoice';
import { InvoicingErrors } from '../../invoicing.errors';
import { DeleteInvoiceCommand } from './delete-invoice.command';

/** Removes the invoice from Settle only (QuickBooks keeps it); its row stays as a tombstone. */
@CommandHandler(DeleteInvoiceCommand)
export class DeleteInvoiceHandler implements ICommandHandler<DeleteInvoiceCommand> {
  constructor(
    private readonly scope: AccountScope,
    private readonly outbox: Outbox,
  ) {}

  execute({ accountId, userId, invoiceId }: DeleteInvoiceCommand): Promise<void> {
    return this.scope.transaction(accountId, async (em) => {
      const invoice = await em.findOne(Invoice, { id: invoiceId, removedAt: null });
      if (!invoice) throw InvoicingErrors.invoiceNotFound();
      invoice.deleteInSettle({ kind: 'user', userId }, new Date());
      this.outbox.record(em, ...invoice.pullEvents());
    });
  }
}

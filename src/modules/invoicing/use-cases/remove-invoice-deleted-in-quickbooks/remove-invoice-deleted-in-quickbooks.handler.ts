import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { Outbox } from '../../../../platform/outbox/outbox';
import { RemoveInvoiceDeletedInQuickBooksCommand, type InvoiceUpsertOutcome } from '../../contracts';
import { Invoice } from '../../domain/invoice';

@CommandHandler(RemoveInvoiceDeletedInQuickBooksCommand)
export class RemoveInvoiceDeletedInQuickBooksHandler implements ICommandHandler<RemoveInvoiceDeletedInQuickBooksCommand> {
  constructor(
    private readonly scope: AccountScope,
    private readonly outbox: Outbox,
  ) {}

  execute({
    accountId,
    quickBooksId,
    deletedAt,
  }: RemoveInvoiceDeletedInQuickBooksCommand): Promise<InvoiceUpsertOutcome> {
    return this.scope.transaction(accountId, async (em) => {
      const invoice = await em.findOne(Invoice, { quickBooksId });
      if (!invoice) {
        return { quickBooksId, docNumber: null, result: 'skipped', invoiceId: null, reasons: ['not in Settle'] };
      }
      const applied = invoice.deleteInQuickBooks(new Date(deletedAt));
      this.outbox.record(em, ...invoice.pullEvents());
      return { quickBooksId, docNumber: invoice.number, invoiceId: invoice.id, ...applied };
    });
  }
}

import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Outbox } from '../../../../platform/outbox/outbox';
import { TenantScope } from '../../../../platform/tenancy/tenant-scope';
import { RemoveInvoiceDeletedInQuickBooksCommand, type InvoiceUpsertOutcome } from '../../contracts';
import { Invoice } from '../../domain/invoice';

@CommandHandler(RemoveInvoiceDeletedInQuickBooksCommand)
export class RemoveInvoiceDeletedInQuickBooksHandler implements ICommandHandler<RemoveInvoiceDeletedInQuickBooksCommand> {
  constructor(
    private readonly tenantScope: TenantScope,
    private readonly outbox: Outbox,
  ) {}

  execute({
    accountId,
    quickBooksId,
    deletedAt,
  }: RemoveInvoiceDeletedInQuickBooksCommand): Promise<InvoiceUpsertOutcome> {
    return this.tenantScope.run(accountId, (em) =>
      em.transactional(async (tx) => {
        const invoice = await tx.findOne(Invoice, { quickBooksId });
        if (!invoice) {
          return { quickBooksId, docNumber: null, result: 'skipped', invoiceId: null, reasons: ['not in Settle'] };
        }
        const applied = invoice.deleteInQuickBooks(new Date(deletedAt));
        this.outbox.record(tx, ...invoice.pullEvents());
        return { quickBooksId, docNumber: invoice.number, invoiceId: invoice.id, ...applied };
      }),
    );
  }
}

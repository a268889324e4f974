import { EntityManager } from '@mikro-orm/postgresql';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Outbox } from '../../../../platform/outbox/outbox';
import { Invoice } from '../../domain/invoice';
import { InvoicingErrors } from '../../invoicing.errors';
import { DeleteInvoiceCommand } from './delete-invoice.command';

/** Removes the invoice from Settle only (QuickBooks keeps it); its row stays as a tombstone. */
@CommandHandler(DeleteInvoiceCommand)
export class DeleteInvoiceHandler implements ICommandHandler<DeleteInvoiceCommand> {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
  ) {}

  async execute({ invoiceId, userId }: DeleteInvoiceCommand): Promise<void> {
    await this.em.transactional(async (tx) => {
      const invoice = await tx.findOne(Invoice, { id: invoiceId, removedAt: null });
      if (!invoice) throw InvoicingErrors.invoiceNotFound();
      invoice.deleteInSettle({ kind: 'user', userId }, new Date());
      this.outbox.record(tx, ...invoice.pullEvents());
    });
  }
}

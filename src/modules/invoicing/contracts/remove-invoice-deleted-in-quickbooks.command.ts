import { Command } from '@nestjs/cqrs';
import type { InvoiceUpsertOutcome } from './upsert-invoices-from-quickbooks.command';

/**
 * QuickBooks says the invoice was deleted (webhook or CDC; only its id is known). An unpaid invoice
 * is removed from Settle and InvoiceRemoved is emitted; a paid one is kept and flagged.
 */
export class RemoveInvoiceDeletedInQuickBooksCommand extends Command<InvoiceUpsertOutcome> {
  constructor(
    readonly accountId: string,
    readonly quickBooksId: string,
    readonly deletedAt: string,
  ) {
    super();
  }
}

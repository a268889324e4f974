import { Command } from '@nestjs/cqrs';
import type { QuickBooksInvoiceRecord } from './quickbooks-invoice.record';

export type InvoiceUpsertResult = 'created' | 'updated' | 'unchanged' | 'removed' | 'skipped';

export interface InvoiceUpsertOutcome {
  quickBooksId: string;
  docNumber: string | null;
  result: InvoiceUpsertResult;
  invoiceId: string | null;
  reasons: string[];
}

/**
 * Applies QuickBooks invoices (one page, in order) to the account's invoices: created, updated when
 * newer than what is stored, removed when voided and unpaid, skipped when deleted in Settle. Each
 * invoice names the contact Integration resolved for its customer. One page is one transaction,
 * or a savepoint of the caller's: an import records the page's result in the same transaction.
 */
export class UpsertInvoicesFromQuickBooksCommand extends Command<InvoiceUpsertOutcome[]> {
  constructor(
    readonly accountId: string,
    readonly invoices: { record: QuickBooksInvoiceRecord; contactId: string }[],
  ) {
    super();
  }
}

import { Query } from '@nestjs/cqrs';
import type { QuickBooksInvoiceRecord } from './quickbooks-invoice.record';
import type { InvoiceUpsertOutcome } from './upsert-invoices-from-quickbooks.command';

/**
 * What UpsertInvoicesFromQuickBooksCommand would do with these invoices (one page), by the same
 * rules, without writing anything: for a dry run of an import. An invoice whose customer has no
 * contact (`contactId` null) is skipped; a contact that a dry run would create may be named by any
 * placeholder id.
 */
export class PreviewInvoicesFromQuickBooksQuery extends Query<InvoiceUpsertOutcome[]> {
  constructor(
    readonly accountId: string,
    readonly invoices: { record: QuickBooksInvoiceRecord; contactId: string | null }[],
  ) {
    super();
  }
}

import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { PreviewInvoicesFromQuickBooksQuery, type InvoiceUpsertOutcome } from '../../contracts';
import { applyQuickBooksInvoices } from '../../domain/quickbooks-invoice-revisions';
import { findLinkedInvoices } from '../../infrastructure/linked-invoices';

/**
 * The upsert's rules on a page, in one query: the linked invoices are never written, so the
 * changes the rules make stay in memory.
 */
@QueryHandler(PreviewInvoicesFromQuickBooksQuery)
export class PreviewInvoicesFromQuickBooksHandler implements IQueryHandler<PreviewInvoicesFromQuickBooksQuery> {
  constructor(private readonly scope: AccountScope) {}

  execute({ accountId, invoices }: PreviewInvoicesFromQuickBooksQuery): Promise<InvoiceUpsertOutcome[]> {
    if (invoices.length === 0) return Promise.resolve([]);
    return this.scope.read(accountId, async (em) => {
      const linked = await findLinkedInvoices(
        em,
        invoices.map((item) => item.record.quickBooksId),
      );
      return applyQuickBooksInvoices(accountId, invoices, linked, new Date()).outcomes;
    });
  }
}

import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { Invoice } from '../domain/invoice';

/**
 * The account's invoices linked to these QuickBooks invoices, by QuickBooks id. `forUpdate` locks
 * them (in id order, so two pages never wait on each other in a circle) until the transaction
 * ends: two jobs applying revisions of one invoice at once (its update webhook, and the re-read
 * that a QuickBooks payment's notice makes) must not both see it unpaid and both say InvoicePaid.
 *
 * A narrow query finds (and locks) their ids first, the QuickBooks ids passed as one JSON
 * parameter; only the invoices found are then loaded. Most pages of a first import find none, and
 * the ORM's query with a thousand ids inlined costs more than the rows it would find.
 */
export async function findLinkedInvoices(
  em: EntityManager,
  accountId: string,
  quickBooksIds: string[],
  options: { forUpdate?: boolean } = {},
): Promise<Map<string, Invoice>> {
  if (quickBooksIds.length === 0) return new Map();
  const rows = await em.getConnection().execute<{ id: string }[]>(
    `select id from invoicing_invoices
     where account_id = ? and quick_books_id in (select jsonb_array_elements_text(?::jsonb))
     order by id${options.forUpdate ? ' for update' : ''}`,
    [accountId, JSON.stringify(quickBooksIds)],
    'all',
    em.getTransactionContext(),
  );
  if (rows.length === 0) return new Map();
  const invoices = await em.find(
    Invoice,
    { id: { $in: rows.map((row) => row.id) } },
    options.forUpdate ? { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } } : {},
  );
  return new Map(invoices.map((invoice) => [invoice.quickBooksId as string, invoice]));
}

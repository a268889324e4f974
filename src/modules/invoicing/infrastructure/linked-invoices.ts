import type { EntityManager } from '@mikro-orm/postgresql';
import { Invoice } from '../domain/invoice';

/** The account's invoices linked to these QuickBooks invoices, by QuickBooks id, in one query. */
export async function findLinkedInvoices(em: EntityManager, quickBooksIds: string[]): Promise<Map<string, Invoice>> {
  if (quickBooksIds.length === 0) return new Map();
  const invoices = await em.find(Invoice, { quickBooksId: { $in: quickBooksIds } });
  return new Map(invoices.map((invoice) => [invoice.quickBooksId as string, invoice]));
}

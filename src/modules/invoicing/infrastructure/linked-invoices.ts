import type { EntityManager } from '@mikro-orm/postgresql';
import { findEachByKey } from '../../../platform/database/find-each-by-key';
import { Invoice } from '../domain/invoice';

/**
 * The account's invoices linked to these QuickBooks invoices, by QuickBooks id, in one query,
 * detached from the unit of work (see detachedEntities): the caller writes the ones it changes.
 * `forUpdate` locks them (in QuickBooks id order, so two pages never wait on each other in a circle)
 * until the transaction ends: two jobs applying revisions of one invoice at once (its update
 * webhook, and the re-read that a QuickBooks payment's notice makes) must not both see it unpaid and
 * both say InvoicePaid.
 */
export async function findLinkedInvoices(
  em: EntityManager,
  quickBooksIds: string[],
  options: { forUpdate?: boolean } = {},
): Promise<Map<string, Invoice>> {
  const invoices = await findEachByKey(em, Invoice, 'quickBooksId', quickBooksIds, { ...options, detached: true });
  return new Map(invoices.map((invoice) => [invoice.quickBooksId as string, invoice]));
}

import { Query } from '@nestjs/cqrs';
import type { QuickBooksCustomerRecord } from './quickbooks-customer.record';
import type { ContactUpsertOutcome } from './upsert-contacts-from-quickbooks.command';

/**
 * What UpsertContactsFromQuickBooksCommand would do with these customers (one page, in order), by
 * the same rules, against the stored contacts, without writing anything: for a dry run of an
 * import. A dry run has no contacts of its earlier pages to match against, so it passes as
 * `earlier` the customers those pages would have created or updated (in their order); they are
 * applied first, in memory, and this page meets the contacts they would have left. A contact the
 * preview would create has an id that is never stored.
 */
export class PreviewContactsFromQuickBooksQuery extends Query<ContactUpsertOutcome[]> {
  constructor(
    readonly accountId: string,
    readonly customers: QuickBooksCustomerRecord[],
    readonly defaultRegion: string = 'GB',
    readonly earlier: QuickBooksCustomerRecord[] = [],
  ) {
    super();
  }
}

import { Command } from '@nestjs/cqrs';
import type { QuickBooksCustomerRecord } from './quickbooks-customer.record';
import type { CustomerPhoneReadings } from './read-quickbooks-customer-phones.query';

export type ContactUpsertResult = 'created' | 'updated' | 'unchanged' | 'skipped';

export interface ContactUpsertOutcome {
  quickBooksId: string;
  displayName: string | null;
  result: ContactUpsertResult;
  /** Set when the contact exists after the upsert (not for skipped customers). */
  contactId: string | null;
  /** Why a customer was skipped, or what was imported only in part (an unparseable phone). */
  reasons: string[];
}

/**
 * Applies QuickBooks' customers to the account's contacts, in the order given, by Contacts' rules
 * (link, match by mobile then email, QuickBooks is the master, conflicts skipped). The customers
 * given (a page, or consecutive pages an import writes together) are one transaction, or a
 * savepoint of the caller's: an import records the pages' results in the same transaction, so a
 * page is either applied and counted or not applied at all. Answers one outcome per customer given,
 * in order; a customer listed twice has the outcome of its last listing at both.
 * `defaultRegion` (ISO 3166-1 alpha-2, the account's country) reads phone numbers written without
 * a country code. `phones`, when given, are the customers' numbers as ReadQuickBooksCustomerPhonesQuery
 * read them for the same region: they are not read again.
 */
export class UpsertContactsFromQuickBooksCommand extends Command<ContactUpsertOutcome[]> {
  constructor(
    readonly accountId: string,
    readonly customers: QuickBooksCustomerRecord[],
    readonly defaultRegion: string = 'GB',
    readonly phones: CustomerPhoneReadings | null = null,
  ) {
    super();
  }
}

import type { QuickBooksCustomerRecord } from '../contracts/quickbooks-customer.record';
import { ContactDirectory } from '../domain/contact-directory';
import type { ContactRepository, ImportLookupKeys } from '../domain/contact.repository';
import type { PhoneReader } from '../domain/phone-number';
import { detailsFromQuickBooks, type QuickBooksCustomerDetails } from '../domain/quickbooks-customer-details';
import { importQuickBooksCustomers, type QuickBooksImportResult } from '../domain/quickbooks-customer-intake';

export interface QuickBooksImportRulesInput {
  accountId: string;
  customers: QuickBooksCustomerRecord[];
  defaultRegion: string;
  now: Date;
  /** Reads the customers' phone numbers (by default PhoneNumber.parse, here). */
  readPhone?: PhoneReader;
}

/**
 * Loads every contact the customers can touch (by QuickBooks id, mobile or email) in one query and
 * runs Contacts' import rules on them in memory. It writes nothing: the upsert writes the result,
 * the preview drops it.
 */
export async function runQuickBooksImportRules(
  contacts: ContactRepository,
  { accountId, customers, defaultRegion, now, readPhone }: QuickBooksImportRulesInput,
): Promise<QuickBooksImportResult> {
  const read = readOnce(defaultRegion, readPhone);
  const directory = new ContactDirectory(await contacts.findForImport(lookupKeys(customers, read)));
  return importQuickBooksCustomers(directory, { accountId, customers, defaultRegion, now, read });
}

function uniqueIds(customers: QuickBooksCustomerRecord[]): string[] {
  return [...new Set(customers.map((customer) => customer.quickBooksId))];
}

function readOnce(
  defaultRegion: string,
  readPhone: PhoneReader | undefined,
): (record: QuickBooksCustomerRecord) => QuickBooksCustomerDetails {
  const read = new Map<QuickBooksCustomerRecord, QuickBooksCustomerDetails>();
  return (record) => {
    const details = read.get(record) ?? detailsFromQuickBooks(record, defaultRegion, readPhone);
    read.set(record, details);
    return details;
  };
}

function lookupKeys(
  customers: QuickBooksCustomerRecord[],
  read: (record: QuickBooksCustomerRecord) => QuickBooksCustomerDetails,
): ImportLookupKeys {
  const mobiles = new Set<string>();
  const emails = new Set<string>();
  for (const customer of customers) {
    // An inactive customer is only ever matched to the contact linked to it.
    if (!customer.active) continue;
    const { details } = read(customer);
    if (details.mobile) mobiles.add(details.mobile);
    if (details.email) emails.add(details.email);
  }
  return { quickBooksIds: uniqueIds(customers), mobiles: [...mobiles], emails: [...emails] };
}

import type { QuickBooksCustomerRecord } from '../contracts/quickbooks-customer.record';
import type { ContactUpsertOutcome } from '../contracts/upsert-contacts-from-quickbooks.command';
import { Contact, type ContactDetails } from './contact';
import type { ContactDirectory } from './contact-directory';
import { CONTACT_LIMITS, withinLimit } from './contact-limits';
import {
  detailsFromQuickBooks,
  type QuickBooksCustomerDetails,
  quickBooksVersionOf,
} from './quickbooks-customer-details';

export interface QuickBooksImportInput {
  accountId: string;
  customers: QuickBooksCustomerRecord[];
  defaultRegion: string;
  now?: Date;
  /** Details already read from the customers (by `detailsFromQuickBooks`), so they are read once. */
  read?: (record: QuickBooksCustomerRecord) => QuickBooksCustomerDetails;
}

export interface QuickBooksImportResult {
  outcomes: ContactUpsertOutcome[];
  /** Contacts made by this page (the directory holds them too). */
  created: Contact[];
  /** Contacts that were there before the page and that it changed or moved to a newer version, each once. */
  applied: Contact[];
}

export const INACTIVE_REASON = 'inactive in QuickBooks';

/**
 * Applies customers, in the order given, by Contacts' rules:
 * 1. the contact linked to the customer is its contact;
 * 2. else the contact with the same mobile, else the same email, is matched and linked;
 * 3. QuickBooks is the master: the customer's details replace the contact's, unless the contact
 *    already holds this or a newer version of the customer (stale updates are ignored);
 * 4. a customer whose mobile or email is held by another contact, or whose mobile and email match
 *    two different contacts, is skipped with that reason;
 * inactive customers are not imported, but a linked contact is kept.
 */
export function importQuickBooksCustomers(
  directory: ContactDirectory,
  {
    accountId,
    customers,
    defaultRegion,
    now = new Date(),
    read = (record) => detailsFromQuickBooks(record, defaultRegion),
  }: QuickBooksImportInput,
): QuickBooksImportResult {
  const created: Contact[] = [];
  const applied = new Set<Contact>();
  const outcomes = customers.map((record): ContactUpsertOutcome => {
    const outcome = (result: ContactUpsertOutcome['result'], contact: Contact | null, reasons: string[] = []) => ({
      quickBooksId: record.quickBooksId,
      displayName: displayNameOf(record),
      result,
      contactId: contact?.id ?? null,
      reasons,
    });
    const linked = directory.linkedTo(record.quickBooksId);
    if (!record.active) {
      return linked
        ? outcome('unchanged', linked, [`${INACTIVE_REASON}; contact kept`])
        : outcome('skipped', null, [INACTIVE_REASON]);
    }
    const version = quickBooksVersionOf(record);
    const comparison = linked?.compareVersion(version);
    if (linked && comparison !== 'newer') {
      const stale = `stale update ignored: SyncToken ${record.syncToken} of ${record.lastUpdatedAt} is older than the stored ${linked.quickBooksSyncToken}`;
      return outcome('unchanged', linked, comparison === 'older' ? [stale] : []);
    }
    const { details, notes } = read(record);
    const match = findMatch(directory, details, linked);
    if ('conflict' in match) return outcome('skipped', null, [match.conflict]);
    if (match.contact) {
      const target = match.contact;
      const changed = directory.change(target, () =>
        target.applyQuickBooks(record.quickBooksId, details, version, now),
      );
      applied.add(target);
      return outcome(changed ? 'updated' : 'unchanged', target, notes);
    }
    const contact = Contact.fromQuickBooks(accountId, record.quickBooksId, details, version, now);
    directory.add(contact);
    created.push(contact);
    return outcome('created', contact, notes);
  });
  for (const contact of created) applied.delete(contact);
  return { outcomes, created, applied: [...applied] };
}

type Match = { contact: Contact | undefined } | { conflict: string };

function findMatch(directory: ContactDirectory, details: ContactDetails, linked: Contact | undefined): Match {
  const byMobile = details.mobile ? directory.holdingMobile(details.mobile) : undefined;
  const byEmail = details.email ? directory.holdingEmail(details.email) : undefined;
  if (linked) {
    if (byMobile && byMobile !== linked) return { conflict: heldBy('mobile', details.mobile, byMobile) };
    if (byEmail && byEmail !== linked) return { conflict: heldBy('email', details.email, byEmail) };
    return { contact: linked };
  }
  if (byMobile && byEmail && byMobile !== byEmail) {
    return {
      conflict: `mobile and email match two different contacts: ${describe(byMobile)} and ${describe(byEmail)}`,
    };
  }
  if (byMobile?.quickBooksCustomerId) return { conflict: heldBy('mobile', details.mobile, byMobile) };
  if (byEmail?.quickBooksCustomerId) return { conflict: heldBy('email', details.email, byEmail) };
  return { contact: byMobile ?? byEmail };
}

function heldBy(field: 'mobile' | 'email', value: string | null, holder: Contact): string {
  return `${field} ${value} is already held by ${describe(holder)}`;
}

function describe(contact: Contact): string {
  return contact.quickBooksCustomerId
    ? `the contact of QuickBooks customer ${contact.quickBooksCustomerId} (${contact.displayName()})`
    : `contact ${contact.id} (${contact.displayName()})`;
}

function displayNameOf(record: QuickBooksCustomerRecord): string | null {
  return record.displayName ? withinLimit(record.displayName, CONTACT_LIMITS.displayName) : null;
}

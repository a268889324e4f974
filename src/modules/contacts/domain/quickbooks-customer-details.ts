import type { PostalAddress } from '../contracts/postal-address';
import type { QuickBooksCustomerRecord } from '../contracts/quickbooks-customer.record';
import type { ContactDetails, QuickBooksVersion } from './contact';
import { CONTACT_LIMITS, withinLimit } from './contact-limits';
import { EmailAddress } from './email-address';
import { PhoneNumber, type PhoneReader } from './phone-number';

/** A customer's details in Settle's terms, and what could not be imported as QuickBooks holds it. */
export interface QuickBooksCustomerDetails {
  details: ContactDetails;
  notes: string[];
}

const PHONE_FIELDS = [
  ['Mobile', 'mobile'],
  ['PrimaryPhone', 'primaryPhone'],
  ['AlternatePhone', 'alternatePhone'],
] as const;

/** The customer's phone fields that hold text, trimmed, in the order they are read, with their QuickBooks names. */
export function phoneTextsIn(record: QuickBooksCustomerRecord): { label: string; text: string }[] {
  const texts: { label: string; text: string }[] = [];
  for (const [label, key] of PHONE_FIELDS) {
    const text = record[key]?.trim();
    if (text) texts.push({ label, text });
  }
  return texts;
}

/** QuickBooks renames a customer made inactive: "Jane Smith (deleted)". */
const DELETED_SUFFIX = / \(deleted\)$/;

export function quickBooksVersionOf(record: QuickBooksCustomerRecord): QuickBooksVersion {
  const updatedAt = new Date(record.lastUpdatedAt);
  return { syncToken: record.syncToken, updatedAt: Number.isNaN(updatedAt.getTime()) ? new Date(0) : updatedAt };
}

/**
 * Maps a customer by Contacts' rules: the mobile is the first of Mobile, PrimaryPhone and
 * AlternatePhone that is a valid mobile; the first other valid number is the other phone; a number
 * that does not parse is kept as text (as the other phone when that is free) and reported. The
 * email is the first valid address of the field. Missing names fall back to the display name, then
 * the email. Texts longer than their columns are truncated and reported. Never throws. Numbers are
 * read by `readPhone` (one that has them read already, see phoneReaderWith), else here.
 */
export function detailsFromQuickBooks(
  record: QuickBooksCustomerRecord,
  defaultRegion: string,
  readPhone: PhoneReader = PhoneNumber.parse,
): QuickBooksCustomerDetails {
  const notes: string[] = [];
  const fit = (value: string | null, limit: number, field: string): string | null => {
    const text = value?.trim() || null;
    if (text === null) return null;
    const fitted = withinLimit(text, limit);
    if (fitted !== text) notes.push(`${field} truncated to ${limit} characters`);
    return fitted;
  };

  const { mobile, otherPhone } = pickPhones(record, defaultRegion, readPhone, notes);
  const email = pickEmail(record.email, notes);
  let firstName = fit(record.givenName, CONTACT_LIMITS.firstName, 'GivenName');
  const lastName = fit(record.familyName, CONTACT_LIMITS.lastName, 'FamilyName');
  const businessName = fit(record.companyName, CONTACT_LIMITS.businessName, 'CompanyName');
  if (!firstName && !lastName && !businessName) {
    const displayName = record.displayName?.replace(DELETED_SUFFIX, '') ?? null;
    const fallback = displayName?.trim() ? displayName : (email ?? `QuickBooks customer ${record.quickBooksId}`);
    notes.push(`no name in QuickBooks; ${displayName?.trim() ? 'display name' : email ? 'email' : 'customer id'} used`);
    firstName = fit(fallback, CONTACT_LIMITS.firstName, 'DisplayName');
  }
  return {
    details: {
      firstName,
      lastName,
      businessName,
      email,
      mobile,
      otherPhone: fit(otherPhone, CONTACT_LIMITS.otherPhone, 'phone'),
      billingAddress: fitAddress(record.billingAddress, fit),
    },
    notes,
  };
}

function pickPhones(
  record: QuickBooksCustomerRecord,
  region: string,
  readPhone: PhoneReader,
  notes: string[],
): { mobile: string | null; otherPhone: string | null } {
  let mobile: string | null = null;
  let otherPhone: string | null = null;
  let unparsed: string | null = null;
  for (const { label, text } of phoneTextsIn(record)) {
    const phone = readPhone(text, region);
    if (!phone) {
      notes.push(`${label} "${text}" is not a valid phone number; kept as text`);
      unparsed ??= text;
    } else if (phone.isMobile && mobile === null) {
      mobile = phone.e164;
    } else if (otherPhone === null && phone.e164 !== mobile) {
      otherPhone = phone.e164;
    }
  }
  return { mobile, otherPhone: otherPhone ?? unparsed };
}

function pickEmail(text: string | null, notes: string[]): string | null {
  if (!text?.trim()) return null;
  const { email, candidates } = EmailAddress.firstValidIn(text);
  if (!email) {
    notes.push(`email "${text.slice(0, 100)}" is not a valid address; not imported`);
    return null;
  }
  if (candidates.length > 1) notes.push(`email field holds ${candidates.length} addresses; ${email.value} used`);
  return email.value;
}

function fitAddress(
  address: PostalAddress | null,
  fit: (value: string | null, limit: number, field: string) => string | null,
): PostalAddress | null {
  if (!address) return null;
  const lines: string[] = [];
  for (const line of address.lines) {
    const fitted = fit(line, CONTACT_LIMITS.addressLine, 'BillAddr line');
    if (fitted !== null) lines.push(fitted);
  }
  const city = fit(address.city, CONTACT_LIMITS.city, 'BillAddr.City');
  const region = fit(address.region, CONTACT_LIMITS.region, 'BillAddr.CountrySubDivisionCode');
  const postalCode = fit(address.postalCode, CONTACT_LIMITS.postalCode, 'BillAddr.PostalCode');
  const country = fit(address.country, CONTACT_LIMITS.country, 'BillAddr.Country');
  if (lines.length === 0 && !city && !region && !postalCode && !country) return null;
  // Most addresses fit as QuickBooks holds them: the customer's own then serves, and an import
  // keeps one address a customer instead of two until the page is written.
  const unchanged =
    city === address.city &&
    region === address.region &&
    postalCode === address.postalCode &&
    country === address.country &&
    lines.length === address.lines.length &&
    lines.every((line, index) => line === address.lines[index]);
  return unchanged ? address : { lines, city, region, postalCode, country };
}

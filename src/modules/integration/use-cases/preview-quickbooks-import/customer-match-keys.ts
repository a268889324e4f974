import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { QuickBooksCustomerRecord } from '../../../contacts/contracts';

const PHONE_FIELDS = ['mobile', 'primaryPhone', 'alternatePhone'] as const;

/**
 * Everything by which Contacts could match a customer to a contact: its QuickBooks id, every phone
 * of it that reads as a number (in E.164, as libphonenumber-js reads it), and every address in its
 * email field, lower-cased. Which phone is the mobile and which address is valid are Contacts'
 * rules; these keys are a superset of what those rules pick, so two customers Contacts could match
 * to one contact always share a key.
 */
export function customerMatchKeys(record: QuickBooksCustomerRecord, defaultRegion: string): string[] {
  const keys = [`id:${record.quickBooksId}`];
  const region = defaultRegion.toUpperCase() as CountryCode;
  for (const field of PHONE_FIELDS) {
    const text = record[field]?.trim();
    const phone = text ? parsePhoneNumberFromString(text, { defaultCountry: region }) : undefined;
    if (phone) keys.push(`phone:${phone.number}`);
  }
  for (const address of record.email?.split(/[,;]/) ?? []) {
    const email = address.trim().toLowerCase();
    if (email) keys.push(`email:${email}`);
  }
  return keys;
}

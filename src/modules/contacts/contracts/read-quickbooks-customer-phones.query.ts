import { Query } from '@nestjs/cqrs';
import type { QuickBooksCustomerRecord } from './quickbooks-customer.record';

/** A valid phone number as Contacts reads it: in E.164, and whether it takes texts (a mobile). */
export interface PhoneReading {
  e164: string;
  kind: 'mobile' | 'landline';
}

/** Customers' phone numbers read for one default region, by their text (trimmed); null: not a valid number. */
export interface CustomerPhoneReadings {
  defaultRegion: string;
  readings: ReadonlyMap<string, PhoneReading | null>;
}

/**
 * Reads the customers' phone numbers by Contacts' rules, on a thread beside the main one. Reading
 * a number is the largest single part of the CPU it takes to apply a customer, so an import reads a
 * page's numbers while the page before it is written, and hands them to
 * UpsertContactsFromQuickBooksCommand, which then reads none of them again.
 */
export class ReadQuickBooksCustomerPhonesQuery extends Query<CustomerPhoneReadings> {
  constructor(
    readonly customers: QuickBooksCustomerRecord[],
    readonly defaultRegion: string,
  ) {
    super();
  }
}

import type { QuickBooksCustomerRecord } from '../contracts/quickbooks-customer.record';
import type { CustomerPhoneReadings, PhoneReading } from '../contracts/read-quickbooks-customer-phones.query';
import { PhoneNumber, type PhoneReader } from './phone-number';
import { phoneTextsIn } from './quickbooks-customer-details';

/** The phone texts detailsFromQuickBooks reads of these customers, each once. */
export function phoneTextsOf(customers: readonly QuickBooksCustomerRecord[]): string[] {
  return [...new Set(customers.flatMap((customer) => phoneTextsIn(customer).map(({ text }) => text)))];
}

export function readingOf(phone: PhoneNumber | null): PhoneReading | null {
  return phone && { e164: phone.e164, kind: phone.kind };
}

/** A reader that takes the numbers in `readings` as read (for their region) and reads any other itself. */
export function phoneReaderWith(known: CustomerPhoneReadings | null): PhoneReader {
  if (!known) return PhoneNumber.parse;
  return (text, defaultRegion) => {
    const reading = defaultRegion === known.defaultRegion ? known.readings.get(text) : undefined;
    if (reading === undefined) return PhoneNumber.parse(text, defaultRegion);
    return reading && PhoneNumber.restore(reading.e164, reading.kind);
  };
}

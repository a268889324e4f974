import type { QuickBooksCustomerRecord } from '../contracts/quickbooks-customer.record';
import type { CustomerPhoneReadings, PhoneReading } from '../contracts/read-quickbooks-customer-phones.query';
import { PhoneNumber, type PhoneReader } from './phone-number';

/** The phone fields detailsFromQuickBooks reads, trimmed as it reads them, each text once. */
export function phoneTextsOf(customers: readonly QuickBooksCustomerRecord[]): string[] {
  const texts = new Set<string>();
  for (const customer of customers) {
    for (const field of [customer.mobile, customer.primaryPhone, customer.alternatePhone]) {
      const text = field?.trim();
      if (text) texts.add(text);
    }
  }
  return [...texts];
}

export function readingOf(phone: PhoneNumber | null): PhoneReading | null {
  return phone && { e164: phone.e164, mobile: phone.isMobile };
}

/** A reader that takes the numbers in `readings` as read (for their region) and reads any other itself. */
export function phoneReaderWith(known: CustomerPhoneReadings | null): PhoneReader {
  if (!known) return PhoneNumber.parse;
  return (text, defaultRegion) => {
    const reading = defaultRegion === known.defaultRegion ? known.readings.get(text) : undefined;
    if (reading === undefined) return PhoneNumber.parse(text, defaultRegion);
    return reading && PhoneNumber.restore(reading.e164, reading.mobile ? 'mobile' : 'landline');
  };
}

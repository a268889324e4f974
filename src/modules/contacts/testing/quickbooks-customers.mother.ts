import type { QuickBooksCustomerRecord } from '../contracts/quickbooks-customer.record';

/** A valid UK mobile, different for each n below 100,000: "07400 0nnnnn". */
export function ukMobile(n: number): string {
  return `07400 0${String(n).padStart(5, '0')}`;
}

export function ukMobileE164(n: number): string {
  return `+4474000${String(n).padStart(5, '0')}`;
}

/** An active QuickBooks customer with a name, a mobile and an email made from its id. */
export function aCustomer(
  id: number | string,
  overrides: Partial<QuickBooksCustomerRecord> = {},
): QuickBooksCustomerRecord {
  const n = Number(id);
  return {
    quickBooksId: String(id),
    syncToken: '0',
    lastUpdatedAt: '2026-01-10T09:00:00Z',
    displayName: `Customer ${id}`,
    title: null,
    givenName: 'Sam',
    middleName: null,
    familyName: `Patel${id}`,
    suffix: null,
    companyName: null,
    email: `customer${id}@example.com`,
    mobile: Number.isInteger(n) ? ukMobile(n) : null,
    primaryPhone: null,
    alternatePhone: null,
    billingAddress: { lines: ['14 Mill Lane'], city: 'Leeds', region: null, postalCode: 'LS1 4AB', country: 'GB' },
    active: true,
    ...overrides,
  };
}

/** The same customer, edited in QuickBooks: a higher SyncToken and a later LastUpdatedTime. */
export function editedInQuickBooks(
  customer: QuickBooksCustomerRecord,
  changes: Partial<QuickBooksCustomerRecord>,
): QuickBooksCustomerRecord {
  const updated = new Date(new Date(customer.lastUpdatedAt).getTime() + 60_000).toISOString();
  return { ...customer, ...changes, syncToken: String(Number(customer.syncToken) + 1), lastUpdatedAt: updated };
}

export const INVOICE_STATUSES = ['open', 'partially_paid', 'paid', 'overdue', 'voided'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

export interface StatusFacts {
  totalMinor: bigint;
  balanceMinor: bigint;
  dueDate: string | null;
  voidedInQuickBooks: boolean;
}

/**
 * An invoice's status on a calendar day (YYYY-MM-DD): voided in QuickBooks; paid when nothing is
 * left to pay; overdue when something is and the due date has passed; partially paid when part
 * was paid; open otherwise.
 */
export function invoiceStatusOn(facts: StatusFacts, today: string): InvoiceStatus {
  if (facts.voidedInQuickBooks) return 'voided';
  if (facts.balanceMinor <= 0n) return 'paid';
  if (facts.dueDate !== null && facts.dueDate < today) return 'overdue';
  if (facts.balanceMinor < facts.totalMinor) return 'partially_paid';
  return 'open';
}

/**
 * Today's date where the business is (its account's IANA time zone), as YYYY-MM-DD: an invoice due
 * today is not overdue until the day is over there, whatever the server's clock says.
 */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export type PaymentState = 'unpaid' | 'partially_paid' | 'paid';

/** Paid when nothing is left to pay, partially paid when part of the total was paid. */
export function paymentStateOf(totalMinor: bigint, balanceMinor: bigint): PaymentState {
  if (balanceMinor <= 0n) return 'paid';
  return balanceMinor < totalMinor ? 'partially_paid' : 'unpaid';
}

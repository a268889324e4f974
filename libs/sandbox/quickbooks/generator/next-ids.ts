import type { QboCompanyData } from '../../../quickbooks/qbo-types';

/** Invoices and payments share QuickBooks' transaction Id sequence. */
export function nextTransactionId(company: QboCompanyData): string {
  const highest = [...company.invoices, ...company.payments].reduce(
    (max, txn) => Math.max(max, Number(txn.Id) || 0),
    0,
  );
  return String(highest + 1);
}

export function nextCustomerId(company: QboCompanyData): string {
  return String(company.customers.reduce((max, customer) => Math.max(max, Number(customer.Id) || 0), 0) + 1);
}

/** The next numeric DocNumber after the highest one in use (QuickBooks' custom numbering off). */
export function nextDocNumber(company: QboCompanyData): string {
  return String(company.invoices.reduce((max, invoice) => Math.max(max, Number(invoice.DocNumber) || 0), 1000) + 1);
}

/** Today's date in the UK, where the sample company keeps its books. */
export function todayInLondon(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
}

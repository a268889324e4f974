import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { QboCustomer, QboInvoice } from '../../../../../libs/quickbooks/qbo-types';
import type { QuickBooksInvoiceLineRecord } from '../../../invoicing/contracts';
import { toQuickBooksCustomerRecord } from './quickbooks-customer.mapper';
import { toQuickBooksInvoiceRecord } from './quickbooks-invoice.mapper';
import { toTaxContext } from './quickbooks-tax-context';

/** Real QuickBooks payloads, unchanged (libs/sandbox/quickbooks/fixtures/README.md); some are enveloped. */
const fixture = <T>(name: string, envelope?: string): T => {
  const json: unknown = JSON.parse(
    readFileSync(join(__dirname, '../../../../../libs/sandbox/quickbooks/fixtures', name), 'utf8'),
  );
  return (envelope ? (json as Record<string, unknown>)[envelope] : json) as T;
};

const sales = (lines: readonly QuickBooksInvoiceLineRecord[]): QuickBooksInvoiceLineRecord[] =>
  lines.flatMap((line) => (line.kind === 'item' ? [line] : line.kind === 'group' ? sales(line.children) : []));
const sum = (values: readonly bigint[]): bigint => values.reduce((total, value) => total + value, 0n);

describe('mapping real QuickBooks payloads', () => {
  const invoices: [string, QboInvoice, string][] = [
    ['invoice-tax-inclusive.json', fixture('invoice-tax-inclusive.json'), 'AUD'],
    ['invoice-tax-inclusive-10-lines.json', fixture('invoice-tax-inclusive-10-lines.json'), 'AUD'],
    ['invoice-tax-inclusive-3-lines.json', fixture('invoice-tax-inclusive-3-lines.json'), 'AUD'],
    ['invoice-tax-excluded.json', fixture('invoice-tax-excluded.json'), 'USD'],
    ['invoice-subtotal.json', fixture('invoice-subtotal.json', 'Invoice'), 'USD'],
  ];

  it.each(invoices)('maps %s exactly, totals adding up to TotalAmt', (_name, invoice, home) => {
    const { record, warnings } = toQuickBooksInvoiceRecord(invoice, toTaxContext([], [], home));
    expect(warnings).toEqual([]);
    const items = sum(sales(record.lines).map((line) => line.amountMinor));
    const discounts = sum(record.lines.filter((line) => line.kind === 'discount').map((line) => line.amountMinor));
    expect(items - discounts + record.totalTaxMinor).toBe(record.totalAmountMinor);
    expect(record.lastUpdatedAt).toMatch(/Z$/);
    expect(record.voided).toBe(false);
  });

  it('reads the real tax-inclusive invoice as documented (net Amount, gross TaxInclusiveAmt, 7-decimal price)', () => {
    const { record } = toQuickBooksInvoiceRecord(fixture('invoice-tax-inclusive.json'), toTaxContext([], [], 'AUD'));
    expect(record).toMatchObject({
      currency: 'AUD',
      taxTreatment: 'inclusive',
      totalTaxMinor: 35924n,
      totalAmountMinor: 395163n,
      lastUpdatedAt: '2023-09-21T08:28:24.000Z',
    });
    expect(record.lines[0]).toMatchObject({
      amountMinor: 27769n,
      grossAmountMinor: 30546n,
      unitPrice: '92.5633333',
      quantity: '3',
    });
    expect(sum(sales(record.lines).map((line) => line.grossAmountMinor ?? 0n))).toBe(record.totalAmountMinor);
  });

  it('reads the US invoices (no GlobalTaxCalculation) as exclusive with tax and none without', () => {
    const taxed = toQuickBooksInvoiceRecord(fixture('invoice-tax-excluded.json'), toTaxContext([], [], 'USD'));
    expect(taxed.record).toMatchObject({
      taxTreatment: 'exclusive',
      totalTaxMinor: 3400n,
      applyTaxAfterDiscount: false,
    });
    expect(taxed.record.taxLines).toEqual([
      { taxRateId: '3', taxRateName: null, ratePercent: '8', amountMinor: 3400n, netAmountTaxableMinor: 42500n },
    ]);
    const untaxed = toQuickBooksInvoiceRecord(fixture('invoice-subtotal.json', 'Invoice'), toTaxContext([], [], 'USD'));
    expect(untaxed.record.taxTreatment).toBe('none');
  });

  it.each([
    ['customer.json', fixture<QboCustomer>('customer.json', 'Customer')],
    ['customer-with-mobile.json', fixture<QboCustomer>('customer-with-mobile.json')],
  ])('maps %s', (_name, customer) => {
    const record = toQuickBooksCustomerRecord(customer);
    expect(record.quickBooksId).toBe(customer.Id);
    expect(record.lastUpdatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(record.billingAddress?.lines.length).toBeGreaterThan(0);
    expect(record.primaryPhone).toBe(customer.PrimaryPhone?.FreeFormNumber.trim() ?? null);
    expect(record.mobile).toBe(customer.Mobile?.FreeFormNumber.trim() ?? null);
  });
});

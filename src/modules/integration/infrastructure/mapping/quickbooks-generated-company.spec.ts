import { formatScaled } from '../../../../../libs/money';
import { generateCompany } from '../../../../../libs/sandbox/quickbooks/generator';
import type { QuickBooksInvoiceLineRecord } from '../../../invoicing/contracts';
import { toQuickBooksCustomerRecord } from './quickbooks-customer.mapper';
import { toQuickBooksInvoiceRecord } from './quickbooks-invoice.mapper';
import { toTaxContext } from './quickbooks-tax-context';

const company = generateCompany({ seed: 1, customers: 300, invoices: 2000 });
const context = toTaxContext(company.taxCodes, company.taxRates, company.preferences.CurrencyPrefs.HomeCurrency.value);
const mapped = company.invoices.map((invoice) => ({ invoice, ...toQuickBooksInvoiceRecord(invoice, context) }));

const sales = (lines: readonly QuickBooksInvoiceLineRecord[]): QuickBooksInvoiceLineRecord[] =>
  lines.flatMap((line) => (line.kind === 'item' ? [line] : line.kind === 'group' ? sales(line.children) : []));
const sum = (values: readonly bigint[]): bigint => values.reduce((total, value) => total + value, 0n);

describe('mapping a generated company (300 customers, 2000 invoices)', () => {
  it('maps every customer', () => {
    const records = company.customers.map(toQuickBooksCustomerRecord);
    expect(records).toHaveLength(300);
    records.forEach((record, index) => {
      expect(record.quickBooksId).toBe(company.customers[index].Id);
      expect(record.lastUpdatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$/);
    });
    expect(records.some((record) => !record.active)).toBe(true);
  });

  it('maps every invoice exactly, without a warning', () => {
    expect(mapped).toHaveLength(2000);
    expect(mapped.flatMap((entry) => entry.warnings)).toEqual([]);
  });

  it('keeps Σ item amounts (groups through their children) − discounts + tax = TotalAmt on every invoice', () => {
    for (const { record } of mapped) {
      const items = sum(sales(record.lines).map((line) => line.amountMinor));
      const discounts = sum(record.lines.filter((line) => line.kind === 'discount').map((line) => line.amountMinor));
      expect({ id: record.quickBooksId, total: items - discounts + record.totalTaxMinor }).toEqual({
        id: record.quickBooksId,
        total: record.totalAmountMinor,
      });
      expect(record.totalTaxMinor).toBe(sum(record.taxLines.map((line) => line.amountMinor)));
    }
  });

  it('reads money by the currency exponent (JPY 0, GBP/USD/EUR 2) and HomeTotalAmt in GBP', () => {
    const currencies = new Set(mapped.map(({ record }) => record.currency));
    expect([...currencies].sort()).toEqual(['EUR', 'GBP', 'JPY', 'USD']);
    for (const { invoice, record } of mapped) {
      const exponent = record.currency === 'JPY' ? 0 : 2;
      expect(formatScaled(record.totalAmountMinor, exponent)).toBe(invoice.TotalAmt.toFixed(exponent));
      expect(formatScaled(record.balanceMinor, exponent)).toBe(invoice.Balance.toFixed(exponent));
      if (invoice.HomeTotalAmt !== undefined) {
        expect(formatScaled(record.homeTotalAmountMinor ?? -1n, 2)).toBe(invoice.HomeTotalAmt.toFixed(2));
      }
    }
  });

  it('reads every treatment, line kind and tax rate, and finds the voided invoices', () => {
    const treatments = new Set(mapped.map(({ record }) => record.taxTreatment));
    expect([...treatments].sort()).toEqual(['exclusive', 'inclusive', 'none']);
    const kinds = new Set(mapped.flatMap(({ record }) => record.lines.map((line) => line.kind)));
    expect([...kinds].sort()).toEqual(['description', 'discount', 'group', 'item', 'subtotal']);
    const rates = new Set(mapped.flatMap(({ record }) => sales(record.lines).map((line) => line.taxRatePercent)));
    expect(rates).toEqual(new Set(['20', '5', '0', null]));
    const voided = mapped.filter(({ record }) => record.voided);
    expect(voided.length).toBe(company.invoices.filter((invoice) => invoice.PrivateNote?.startsWith('Voided')).length);
    expect(voided.length).toBeGreaterThan(0);
    for (const { record } of voided) expect(record.totalAmountMinor).toBe(0n);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCompany } from '../../libs/sandbox/quickbooks/generator';
import type { QboInvoice } from '../../libs/quickbooks/qbo-types';
import { toQuickBooksInvoiceRecord, toTaxContext } from '../../src/modules/integration/infrastructure/mapping';
import type { QuickBooksInvoiceRecord } from '../../src/modules/invoicing/contracts';
import { computeInvoiceTotals } from '../../src/modules/invoicing/domain/invoice-totals';
import { snapshotOf } from '../../src/modules/invoicing/domain/quickbooks-snapshot';

/**
 * The path an invoice takes in production, QuickBooks JSON → Integration's mapping → Invoicing's
 * totals, must land on QuickBooks' own TotalAmt and TotalTax to the minor unit.
 */
function mismatches(records: QuickBooksInvoiceRecord[]): string[] {
  return records
    .filter((record) => {
      const totals = computeInvoiceTotals(snapshotOf(record, 'contact'));
      return totals.total.minorUnits !== record.totalAmountMinor || totals.tax.minorUnits !== record.totalTaxMinor;
    })
    .map((record) => record.quickBooksId);
}

describe("Settle's invoice totals against QuickBooks'", () => {
  it('match on every invoice of a generated company, in every tax treatment, currency and line kind', () => {
    const company = generateCompany({ seed: 'invoicing-totals', customers: 400, invoices: 4000 });
    const context = toTaxContext(
      company.taxCodes,
      company.taxRates,
      company.preferences.CurrencyPrefs.HomeCurrency.value,
    );
    const records = company.invoices.map((invoice) => toQuickBooksInvoiceRecord(invoice, context).record);

    expect(new Set(records.map((record) => record.taxTreatment))).toEqual(new Set(['exclusive', 'inclusive', 'none']));
    expect(new Set(records.map((record) => record.currency))).toEqual(new Set(['GBP', 'USD', 'EUR', 'JPY']));
    const kinds = new Set(records.flatMap((record) => record.lines.map((line) => line.kind)));
    expect(kinds).toEqual(new Set(['item', 'discount', 'subtotal', 'group', 'description']));
    expect(records).toHaveLength(4000);
    expect(mismatches(records)).toEqual([]);
  });

  it.each([
    'invoice-tax-inclusive.json',
    'invoice-tax-inclusive-10-lines.json',
    'invoice-tax-inclusive-3-lines.json',
    'invoice-subtotal.json',
    'invoice-tax-excluded.json',
  ])('match on the real QuickBooks invoice in %s', (file) => {
    const path = join(__dirname, '../../libs/sandbox/quickbooks/fixtures', file);
    const raw = JSON.parse(readFileSync(path, 'utf8')) as { Invoice?: QboInvoice };
    const invoice = raw.Invoice ?? (raw as QboInvoice);
    const home = invoice.CurrencyRef?.value ?? 'USD';
    const record = toQuickBooksInvoiceRecord(invoice, toTaxContext([], [], home)).record;
    expect(mismatches([record])).toEqual([]);
  });
});

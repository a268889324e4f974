import { generateCompany } from '../../../../libs/sandbox/quickbooks/generator';
import { mapQuickBooksInvoice } from '../../../../test/invoicing/support/quickbooks-invoice.mapper';
import { computeInvoiceTotals } from './invoice-totals';
import { snapshotOf } from './quickbooks-snapshot';

describe("Settle's totals against QuickBooks' TotalAmt on the sandbox company", () => {
  const company = generateCompany({ seed: 'invoicing-totals', customers: 400, invoices: 4000 });
  const records = company.invoices.map((invoice) => mapQuickBooksInvoice(company, invoice));

  it('covers every tax treatment, currency, discount and line kind', () => {
    expect(new Set(records.map((record) => record.taxTreatment))).toEqual(new Set(['exclusive', 'inclusive', 'none']));
    expect(new Set(records.map((record) => record.currency))).toEqual(new Set(['GBP', 'USD', 'EUR', 'JPY']));
    const kinds = new Set(records.flatMap((record) => record.lines.map((line) => line.kind)));
    expect(kinds).toEqual(new Set(['item', 'discount', 'subtotal', 'group', 'description']));
  });

  it('equals TotalAmt and TotalTax to the minor unit on every invoice', () => {
    const mismatches = records.filter((record) => {
      const totals = computeInvoiceTotals(snapshotOf(record, 'contact'));
      return totals.total.minorUnits !== record.totalAmountMinor || totals.tax.minorUnits !== record.totalTaxMinor;
    });
    expect(records).toHaveLength(4000);
    expect(mismatches.map((record) => record.quickBooksId)).toEqual([]);
  });
});

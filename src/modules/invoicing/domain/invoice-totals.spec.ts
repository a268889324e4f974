import { discountLine, itemLine } from '../../../../test/invoicing/support/invoice-record.mother';
import type { QuickBooksInvoiceLineRecord } from '../contracts';
import type { TaxTreatment } from './invoice-line';
import { computeInvoiceTotals } from './invoice-totals';
import { snapshotOf } from './quickbooks-snapshot';
import { invoiceRecord } from '../../../../test/invoicing/support/invoice-record.mother';

function totals(currency: string, taxTreatment: TaxTreatment, lines: QuickBooksInvoiceLineRecord[]) {
  const snapshot = snapshotOf(invoiceRecord({ currency, taxTreatment, lines, applyTaxAfterDiscount: true }), 'c');
  const computed = computeInvoiceTotals(snapshot);
  return {
    subtotal: computed.subtotal.minorUnits,
    discount: computed.discount.minorUnits,
    tax: computed.tax.minorUnits,
    total: computed.total.minorUnits,
  };
}

describe('invoice totals (figures worked by hand)', () => {
  it('GBP, tax exclusive, 20% and 5% lines, 10% discount spread before tax', () => {
    // 90.00 + 12.99 + 30.00 = 132.99; 10% = 13.299 → 13.30, spread 9.00 / 1.30 / 3.00 (largest
    // remainder gives the odd penny to the 12.99 line); tax 81.00×20% = 16.20, 11.69×20% = 2.338 →
    // 2.34, 27.00×5% = 1.35; total 132.99 − 13.30 + 19.89 = 139.58.
    const result = totals('GBP', 'exclusive', [
      itemLine(9000n, { quantity: '2', unitPrice: '45' }),
      itemLine(1299n),
      itemLine(3000n, { taxRatePercent: '5', quantity: '3', unitPrice: '10' }),
      discountLine({ percent: '10' }),
    ]);
    expect(result).toEqual({ subtotal: 13299n, discount: 1330n, tax: 1989n, total: 13958n });
  });

  it('USD, tax exclusive at 7.5%, a $25 discount', () => {
    // 59.97 + 100.00 = 159.97; $25 spread 9.37 / 15.63; tax 50.60×7.5% = 3.795 → 3.80, 84.37×7.5% =
    // 6.32775 → 6.33; total 159.97 − 25 + 10.13 = 145.10.
    const result = totals('USD', 'exclusive', [
      itemLine(5997n, { taxRatePercent: '7.5' }),
      itemLine(10000n, { taxRatePercent: '7.5' }),
      discountLine({ amountMinor: 2500n }),
    ]);
    expect(result).toEqual({ subtotal: 15997n, discount: 2500n, tax: 1013n, total: 14510n });
  });

  it('EUR, tax inclusive: the tax is gross − net per line, the total the sum of the gross', () => {
    // €61.00 at 20%: net 50.83, tax 10.17; €10.00 at 5%: net 9.52, tax 0.48; total €71.00.
    const result = totals('EUR', 'inclusive', [
      itemLine(5083n, { grossAmountMinor: 6100n }),
      itemLine(952n, { grossAmountMinor: 1000n, taxRatePercent: '5' }),
    ]);
    expect(result).toEqual({ subtotal: 6035n, discount: 0n, tax: 1065n, total: 7100n });
  });

  it('GBP, tax inclusive with a 10% discount: the discounted net is taxed', () => {
    // £120.00 gross at 20%: net 100.00; discount 10.00; tax 90.00 × 20% = 18.00; total 108.00.
    const result = totals('GBP', 'inclusive', [
      itemLine(10000n, { grossAmountMinor: 12000n }),
      discountLine({ percent: '10' }),
    ]);
    expect(result).toEqual({ subtotal: 10000n, discount: 1000n, tax: 1800n, total: 10800n });
  });

  it('JPY, tax exclusive at 10%: whole yen, each line rounded half-up', () => {
    // ¥3,702 × 10% = 370.2 → 370; ¥999 × 10% = 99.9 → 100; total ¥4,701 + ¥470 = ¥5,171.
    const result = totals('JPY', 'exclusive', [
      itemLine(3702n, { taxRatePercent: '10', quantity: '3', unitPrice: '1234' }),
      itemLine(999n, { taxRatePercent: '10' }),
    ]);
    expect(result).toEqual({ subtotal: 4701n, discount: 0n, tax: 470n, total: 5171n });
  });

  it('JPY, no tax, 5% discount rounded half-up to the yen', () => {
    // ¥3,600 + ¥850 = ¥4,450; 5% = 222.5 → ¥223; total ¥4,227.
    const result = totals('JPY', 'none', [itemLine(3600n), itemLine(850n), discountLine({ percent: '5' })]);
    expect(result).toEqual({ subtotal: 4450n, discount: 223n, tax: 0n, total: 4227n });
  });

  it('GBP, no tax: subtotal and description lines are not sales, group lines count through their parts', () => {
    const result = totals('GBP', 'none', [
      itemLine(2500n),
      itemLine(2500n, { kind: 'subtotal' }),
      itemLine(0n, { kind: 'description', description: 'Work carried out as agreed' }),
      itemLine(4000n, { kind: 'group', children: [itemLine(1500n), itemLine(2500n)] }),
      discountLine({ amountMinor: 500n }),
    ]);
    expect(result).toEqual({ subtotal: 6500n, discount: 500n, tax: 0n, total: 6000n });
  });
});

import { Money } from '../../../money';
import type { QboInvoice } from '../../../quickbooks/qbo-types';
import {
  buildInvoice,
  computeInvoiceTotals,
  generateCompany,
  inclusiveLinePrice,
  recomputeInvoiceTotals,
} from './index';

/**
 * Invoices worked out by hand (figures in the comments), checked against the builder and the
 * totals module. Catalogue: item 1 Consultation £85 (20% S, code 2), item 8 Brass hinges
 * £4.125 (20% S), item 12 Care guide £9.99 (0% Z, code 4), item 10 Loft insulation (5% R, code 3),
 * item 4 Labour £42.75, item 5 Emergency call-out £120.
 */
const company = generateCompany({ seed: 'hand-computed', customers: 5, invoices: 0 });
const gbpCustomer = company.customers.find((customer) => customer.CurrencyRef?.value === 'GBP')!;
const gbp = (amount: string) => Money.parse(amount, 'GBP');

function taxLines(invoice: QboInvoice) {
  return invoice.TxnTaxDetail?.TaxLine?.map((line) => [
    line.TaxLineDetail.TaxRateRef.value,
    line.TaxLineDetail.NetAmountTaxable,
    line.Amount,
  ]);
}

describe('TaxExcluded invoices', () => {
  it('rounds each line, taxes each line and sums the line taxes per rate', () => {
    const invoice = buildInvoice(company, {
      customerId: gbpCustomer.Id,
      txnDate: '2025-03-03',
      taxTreatment: 'TaxExcluded',
      lines: [
        { kind: 'item', itemId: '1', qty: 2 }, // 170.00, VAT 34.00
        { kind: 'item', itemId: '8', qty: 3 }, // 12.375 → 12.38, VAT 2.476 → 2.48
        { kind: 'item', itemId: '12', qty: 1 }, // 9.99 zero-rated, VAT 0
      ],
    });
    expect(invoice.Line.slice(0, 3).map((line) => line.Amount)).toEqual([170, 12.38, 9.99]);
    expect(taxLines(invoice)).toEqual([
      ['3', 182.38, 36.48],
      ['5', 9.99, 0],
    ]);
    expect(invoice.TxnTaxDetail?.TotalTax).toBe(36.48);
    expect(invoice.TotalAmt).toBe(228.85); // 170 + 12.38 + 9.99 + 36.48
    expect(invoice.Balance).toBe(228.85);
    expect(invoice.Line[3]).toEqual({ Amount: 192.37, DetailType: 'SubTotalLineDetail', SubTotalLineDetail: {} });
  });

  it('gives a different VAT from "20% of the subtotal" when line roundings add up', () => {
    const invoice = buildInvoice(company, {
      customerId: gbpCustomer.Id,
      txnDate: '2025-03-03',
      lines: [1, 2, 3].map(() => ({ kind: 'item' as const, itemId: '1', qty: 1, unitPrice: '1.03' })),
    });
    // Each line: 1.03 × 20% = 0.206 → 0.21; three lines 0.63 (20% of 3.09 would be 0.618 → 0.62).
    expect(invoice.TxnTaxDetail?.TotalTax).toBe(0.63);
    expect(invoice.TotalAmt).toBe(3.72);
  });

  it('takes a percentage discount before VAT, spread over the lines by their net', () => {
    const invoice = buildInvoice(company, {
      customerId: gbpCustomer.Id,
      txnDate: '2025-03-03',
      lines: [
        { kind: 'item', itemId: '1', qty: 1, unitPrice: '100' },
        { kind: 'item', itemId: '12', qty: 1, unitPrice: '60' },
        { kind: 'discount', percent: '12.5' },
      ],
    });
    // Subtotal 160.00; discount 12.5% = 20.00, spread 12.50 (S) / 7.50 (Z);
    // S taxable 87.50 → VAT 17.50; Z taxable 52.50 → 0. Total 160 − 20 + 17.50 = 157.50.
    expect(invoice.Line.find((line) => line.DetailType === 'DiscountLineDetail')).toMatchObject({
      Amount: 20,
      DiscountLineDetail: { PercentBased: true, DiscountPercent: 12.5 },
    });
    expect(taxLines(invoice)).toEqual([
      ['3', 87.5, 17.5],
      ['5', 52.5, 0],
    ]);
    expect(invoice.TotalAmt).toBe(157.5);
  });

  it('spreads an amount discount without losing a penny', () => {
    const invoice = buildInvoice(company, {
      customerId: gbpCustomer.Id,
      txnDate: '2025-03-03',
      lines: [
        { kind: 'item', itemId: '1', qty: 1, unitPrice: '33.33' },
        { kind: 'item', itemId: '1', qty: 1, unitPrice: '66.67' },
        { kind: 'discount', amount: '10' },
      ],
    });
    // £10 over 33.33 : 66.67 → 3.333 / 6.667 → 3.33 / 6.67 (the larger remainder takes the penny);
    // taxable 30.00 and 60.00 → VAT 6.00 + 12.00 = 18.00; total 100 − 10 + 18 = 108.00.
    expect(taxLines(invoice)).toEqual([['3', 90, 18]]);
    expect(invoice.TotalAmt).toBe(108);
  });
});

describe('TaxInclusive invoices', () => {
  it('stores the net in Amount and the gross in TaxInclusiveAmt (the 10% invoice in quickbooks.md)', () => {
    const tenPercent = () => [{ rateId: 'GST', percent: '10' }];
    const first = inclusiveLinePrice(3, '101.82', 10, 'AUD');
    // 3 × 101.82 = 305.46 gross; 305.46 × 100 / 110 = 277.6909 → 277.69; UnitPrice 277.69 / 3.
    expect([first.gross.toDecimalString(), first.net.toDecimalString(), first.unitPrice]).toEqual([
      '305.46',
      '277.69',
      92.5633333,
    ]);
    const second = inclusiveLinePrice(1, '3646.17', 10, 'AUD'); // 3646.17 / 1.1 = 3314.70 exactly
    const totals = computeInvoiceTotals({
      currency: 'AUD',
      treatment: 'TaxInclusive',
      salesLines: [first, second].map((line) => ({ net: line.net, gross: line.gross, taxCodeId: 'TAX' })),
      ratesOfCode: tenPercent,
    });
    // Net 277.69 + 3314.70 = 3592.39; tax 27.77 + 331.47 = 359.24 (also 10% of 3592.39 = 359.239);
    // TotalAmt 3951.63 = 305.46 + 3646.17.
    expect(totals.subtotal.toDecimalString()).toBe('3592.39');
    expect(totals.totalTax.toDecimalString()).toBe('359.24');
    expect(totals.totalAmt.toDecimalString()).toBe('3951.63');
  });

  it('builds a UK VAT-inclusive invoice with two rates', () => {
    const invoice = buildInvoice(company, {
      customerId: gbpCustomer.Id,
      txnDate: '2025-03-03',
      taxTreatment: 'TaxInclusive',
      lines: [
        { kind: 'item', itemId: '1', qty: 1, unitPrice: '102' }, // net 85.00, VAT 17.00
        { kind: 'item', itemId: '1', qty: 2, unitPrice: '49.99' }, // gross 99.98 → net 83.3167 → 83.32, VAT 16.66
        { kind: 'item', itemId: '10', qty: 1, unitPrice: '21' }, // 5%: net 20.00, VAT 1.00
      ],
    });
    const sales = invoice.Line.slice(0, 3);
    expect(
      sales.map((line) => [
        line.Amount,
        line.SalesItemLineDetail?.TaxInclusiveAmt,
        line.SalesItemLineDetail?.UnitPrice,
      ]),
    ).toEqual([
      [85, 102, 85],
      [83.32, 99.98, 41.66],
      [20, 21, 20],
    ]);
    expect(taxLines(invoice)).toEqual([
      ['3', 168.32, 33.66],
      ['4', 20, 1],
    ]);
    expect(invoice.TxnTaxDetail?.TotalTax).toBe(34.66);
    expect(invoice.TotalAmt).toBe(222.98); // = 102 + 99.98 + 21
  });
});

describe('NotApplicable invoices', () => {
  it('has no tax at all', () => {
    const invoice = buildInvoice(company, {
      customerId: gbpCustomer.Id,
      txnDate: '2025-03-03',
      taxTreatment: 'NotApplicable',
      lines: [
        { kind: 'item', itemId: '4', qty: 2 }, // 85.50
        { kind: 'item', itemId: '5', qty: 1 }, // 120.00
        { kind: 'discount', percent: '10' }, // 20.55
      ],
    });
    expect(invoice.TxnTaxDetail).toEqual({ TotalTax: 0 });
    expect(invoice.TotalAmt).toBe(184.95);
  });
});

describe('foreign currency invoices', () => {
  it('rounds yen amounts to whole yen and converts the total at the exchange rate', () => {
    const invoice = buildInvoice(company, {
      customerId: gbpCustomer.Id,
      currency: 'JPY',
      exchangeRate: '0.0052714',
      txnDate: '2025-03-03',
      lines: [
        { kind: 'item', itemId: '1', qty: 3, unitPrice: '1234.5' }, // 3703.5 → 3704, VAT 740.8 → 741
        { kind: 'item', itemId: '1', qty: 1, unitPrice: '999' }, // 999, VAT 199.8 → 200
      ],
    });
    expect(invoice.Line.slice(0, 2).map((line) => line.Amount)).toEqual([3704, 999]);
    expect(invoice.TxnTaxDetail?.TotalTax).toBe(941);
    expect(invoice.TotalAmt).toBe(5644);
    expect(invoice.ExchangeRate).toBe(0.0052714);
    expect(invoice.HomeTotalAmt).toBe(29.75); // 5644 × 0.0052714 = 29.7518
  });
});

describe('recomputeInvoiceTotals', () => {
  it('reads back what the builder wrote, group lines through their children', () => {
    const invoice = buildInvoice(company, {
      customerId: gbpCustomer.Id,
      txnDate: '2025-03-03',
      lines: [
        {
          kind: 'group',
          groupItemId: '16',
          quantity: 1,
          lines: [
            { itemId: '7', qty: 3 },
            { itemId: '4', qty: 8 },
          ],
        },
        { kind: 'subtotal' },
        { kind: 'description', text: 'Thanks' },
        { kind: 'item', itemId: '12', qty: 1 },
      ],
    });
    const totals = recomputeInvoiceTotals(invoice, (code) =>
      code === '2' ? [{ rateId: '3', percent: '20' }] : [{ rateId: '5', percent: '0' }],
    );
    // Group: 3 × 89.99 = 269.97 and 8 × 42.75 = 342.00 → 611.97, VAT 53.99 + 68.40 = 122.39;
    // plus 9.99 zero-rated. Total 611.97 + 9.99 + 122.39 = 744.35.
    expect(totals.totalTax.equals(gbp('122.39'))).toBe(true);
    expect(invoice.TotalAmt).toBe(744.35);
    expect(totals.totalAmt.toNumber()).toBe(invoice.TotalAmt);
    expect(invoice.Line[1]).toMatchObject({ DetailType: 'SubTotalLineDetail', Amount: 611.97 });
  });
});

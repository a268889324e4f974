import { Money } from '../../../money';
import type { QboInvoice, QboLine } from '../../../quickbooks/qbo-types';
import { buildContext } from './build-context';
import { generateCompany, recomputeInvoiceTotals } from './index';

const company = generateCompany({ seed: 2024, customers: 300, invoices: 2000 });
const context = buildContext(company);
const money = (amount: number | undefined, invoice: QboInvoice) => Money.parse(amount ?? 0, invoice.CurrencyRef.value);

function salesLines(lines: readonly QboLine[]): QboLine[] {
  return lines.flatMap((line) =>
    line.DetailType === 'SalesItemLineDetail'
      ? [line]
      : line.DetailType === 'GroupLineDetail'
        ? salesLines(line.GroupLineDetail?.Line ?? [])
        : [],
  );
}

const appliedByInvoice = new Map<string, Money[]>();
for (const payment of company.payments) {
  for (const line of payment.Line) {
    for (const link of line.LinkedTxn) {
      const currency = payment.CurrencyRef?.value ?? 'GBP';
      appliedByInvoice.set(link.TxnId, [
        ...(appliedByInvoice.get(link.TxnId) ?? []),
        Money.parse(line.Amount, currency),
      ]);
    }
  }
}

describe('a generated company of 2,000 invoices', () => {
  it('has every invoice add up: Σ sales lines − discount + TotalTax = TotalAmt, in minor units', () => {
    for (const invoice of company.invoices) {
      const sales = Money.sum(
        salesLines(invoice.Line).map((line) => money(line.Amount, invoice)),
        invoice.CurrencyRef.value,
      );
      const discount = Money.sum(
        invoice.Line.filter((line) => line.DetailType === 'DiscountLineDetail').map((line) =>
          money(line.Amount, invoice),
        ),
        invoice.CurrencyRef.value,
      );
      const totalTax = money(invoice.TxnTaxDetail?.TotalTax, invoice);
      expect(sales.subtract(discount).add(totalTax).toDecimalString()).toBe(
        money(invoice.TotalAmt, invoice).toDecimalString(),
      );
    }
  });

  it('has tax lines that recompute exactly by the QuickBooks rule', () => {
    for (const invoice of company.invoices.filter((candidate) => candidate.TotalAmt !== 0)) {
      const totals = recomputeInvoiceTotals(invoice, context.ratesOfCode);
      expect(totals.totalAmt.toNumber()).toBe(invoice.TotalAmt);
      expect(
        totals.taxLines.map((line) => [line.rate.rateId, line.netAmountTaxable.toNumber(), line.tax.toNumber()]),
      ).toEqual(
        (invoice.TxnTaxDetail?.TaxLine ?? []).map((line) => [
          line.TaxLineDetail.TaxRateRef.value,
          line.TaxLineDetail.NetAmountTaxable,
          line.Amount,
        ]),
      );
    }
  });

  it('keeps Balance = TotalAmt − payments applied, with links both ways', () => {
    const invoiceIds = new Set(company.invoices.map((invoice) => invoice.Id));
    for (const invoice of company.invoices) {
      const applied = Money.sum(appliedByInvoice.get(invoice.Id) ?? [], invoice.CurrencyRef.value);
      expect(money(invoice.Balance, invoice).toDecimalString()).toBe(
        money(invoice.TotalAmt, invoice).subtract(applied).toDecimalString(),
      );
      const linked = (invoice.LinkedTxn ?? []).filter((link) => link.TxnType === 'Payment').map((link) => link.TxnId);
      expect(linked.length).toBe(appliedByInvoice.get(invoice.Id)?.length ?? 0);
      for (const paymentId of linked) {
        const payment = company.payments.find((candidate) => candidate.Id === paymentId);
        expect(
          payment?.Line.some((line) =>
            line.LinkedTxn.some((link) => link.TxnId === invoice.Id && link.TxnType === 'Invoice'),
          ),
        ).toBe(true);
      }
    }
    expect(
      company.payments.every((payment) =>
        payment.Line.every((line) => line.LinkedTxn.every((link) => invoiceIds.has(link.TxnId))),
      ),
    ).toBe(true);
    expect(company.payments.every((payment) => payment.DepositToAccountRef?.value === context.undepositedFundsId)).toBe(
      true,
    );
  });

  it('zeroes voided invoices the way QuickBooks does', () => {
    const voided = company.invoices.filter((invoice) => invoice.PrivateNote?.startsWith('Voided'));
    expect(voided.length).toBeGreaterThan(10);
    for (const invoice of voided) {
      expect([invoice.TotalAmt, invoice.Balance, invoice.TxnTaxDetail?.TotalTax]).toEqual([0, 0, 0]);
      expect(salesLines(invoice.Line).every((line) => line.Amount === 0 && line.SalesItemLineDetail?.Qty === 0)).toBe(
        true,
      );
    }
  });

  it('covers every tax treatment, currency and kind of line', () => {
    const count = (predicate: (invoice: QboInvoice) => boolean) => company.invoices.filter(predicate).length;
    for (const treatment of ['TaxExcluded', 'TaxInclusive', 'NotApplicable'])
      expect(count((invoice) => invoice.GlobalTaxCalculation === treatment)).toBeGreaterThan(50);
    for (const currency of ['GBP', 'USD', 'EUR', 'JPY'])
      expect(count((invoice) => invoice.CurrencyRef.value === currency)).toBeGreaterThan(5);
    for (const type of ['DiscountLineDetail', 'GroupLineDetail', 'DescriptionOnly'])
      expect(count((invoice) => invoice.Line.some((line) => line.DetailType === type))).toBeGreaterThan(20);
    expect(
      count((invoice) =>
        invoice.Line.some((line) => line.DetailType === 'SubTotalLineDetail' && line.Id !== undefined),
      ),
    ).toBeGreaterThan(20);
    expect(count((invoice) => invoice.Balance > 0 && invoice.Balance < invoice.TotalAmt)).toBeGreaterThan(50);
    expect(
      company.invoices
        .filter((invoice) => invoice.CurrencyRef.value !== 'GBP')
        .every((invoice) => invoice.HomeTotalAmt !== undefined),
    ).toBe(true);
  });

  it('gives each customer the open balance of their invoices', () => {
    const customer = company.customers.find((candidate) => candidate.Balance > 0)!;
    const open = company.invoices
      .filter((invoice) => invoice.CustomerRef.value === customer.Id)
      .map((invoice) => money(invoice.Balance, invoice));
    expect(Money.sum(open, customer.CurrencyRef?.value ?? 'GBP').toNumber()).toBe(customer.Balance);
  });
});

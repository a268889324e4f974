/**
 * How QuickBooks Online computes an invoice's figures, in minor units (libs/money), never floats.
 *
 * THE RULE (what this module implements):
 * 1. A sales line's Amount is its own figure, rounded to the currency's decimals (half-up) when it
 *    is priced from Qty × UnitPrice; it is never recomputed from UnitPrice × Qty afterwards
 *    (UnitPrice carries up to 7 decimals, Amount 2, JPY 0).
 * 2. TaxExcluded: each line's tax is computed on that line (net × rate, rounded half-up to the
 *    minor unit), then the line taxes are summed per tax rate: TaxLine.Amount = Σ rounded line
 *    taxes of that rate, TaxLine.NetAmountTaxable = Σ the lines' net. TotalTax = Σ TaxLine.Amount.
 * 3. TaxInclusive: the user types the gross; QuickBooks keeps the gross in TaxInclusiveAmt and
 *    stores the NET in Amount: net = gross × 100 / (100 + rate), rounded half-up; the line's tax
 *    is gross − net, and the tax lines sum those per rate as in 2. So TotalAmt = Σ TaxInclusiveAmt.
 * 4. A discount line (DiscountLineDetail; a percentage of the subtotal rounded half-up, or an
 *    amount) is taken before tax: it is spread over the sales lines in proportion to their net
 *    amounts (largest remainder, no penny lost) and each line is taxed on its discounted net.
 * 5. NotApplicable: no tax at all. TotalAmt = Σ sales line Amounts − discount + TotalTax;
 *    subtotal and description lines are not sales; group lines count through their child lines.
 * 6. US-style companies (one TxnTaxCodeRef for the whole invoice, lines marked TAX/NON) compute
 *    the tax per rate on the summed taxable net instead (`taxBasis: 'per-rate-total'`).
 *
 * WHERE IT COMES FROM:
 * - Intuit community (QuickBooks Online Canada), "If my subtotal is 95.40, and my GST/HST is 15%,
 *   the total tax should be 14.31. Quickbooks calculates 14.34": Intuit staff state QuickBooks
 *   Online "will always calculate line-by-line", rounding each line's tax to 2 decimals; the
 *   poster's own figures confirm it (31 lines at $1.59 with 12% tax: 29 × 0.19 + 2 × 2.10 = 9.71,
 *   not 12% of 81.09 = 9.73). https://quickbooks.intuit.com/learn-support/en-ca/sales-customers/
 *   if-my-subtotal-is-95-40-and-my-gst-hst-is-15-the-total-tax/01/306952
 * - Intuit community (Canada), "the GST calculations for my invoices are not correct": Rate /
 *   UnitPrice have 7 decimals, line Amounts 2, and line rounding makes the tax differ from tax on
 *   the subtotal. https://quickbooks.intuit.com/learn-support/en-ca/other-questions/
 *   hey-the-gst-calculations-for-my-invoices-are-not-correct-when/00/1567567
 * - Intuit community (UK), "why QB calculates VAT wrong, e.g. 650.04 plus...": rounding per
 *   HMRC, half a penny or more rounds up, less rounds down (half-up).
 *   https://quickbooks.intuit.com/learn-support/en-uk/vat/
 *   can-anyone-tell-me-why-qb-calculates-vat-wrong-eg-650-04-plus/00/1539973
 * - Settle's notes (shared/providers/quickbooks.md), from a real TaxInclusive invoice: Amount
 *   277.69 net with TaxInclusiveAmt 305.46 at 10% (305.46 × 100/110 = 277.6909 → 277.69),
 *   UnitPrice 92.5633333 = 277.69 / 3, TotalTax 359.24 = Σ (gross − net), TotalAmt = Σ gross.
 * - The real invoices in ../fixtures (see fixtures.spec.ts) recompute exactly with this rule.
 * Rule 4 (spreading a discount over lines in proportion) is how the tax on a discounted invoice
 * can stay a per-line computation; no Intuit source states the allocation method, so it is the
 * least certain part.
 */
import { Money, RoundingMode } from '../../../money';
import type { QboGlobalTaxCalculation } from '../../../quickbooks/qbo-types';

/** QuickBooks rounds line amounts and taxes half-up (half a penny or more rounds up). */
export const QBO_ROUNDING: RoundingMode = 'half-up';

export interface TaxRateShare {
  rateId: string;
  rateName?: string;
  /** The rate in per cent as a decimal string: "20", "5", "0", "17.5". */
  percent: string;
}

/** The tax rates a tax code applies (one for a UK VAT code, several for a tax group). */
export type TaxRatesOfCode = (taxCodeId: string) => readonly TaxRateShare[];

export type TaxBasis = 'per-line' | 'per-rate-total';

export interface SalesLineAmounts {
  /** The line's Amount: net of tax, also under TaxInclusive. */
  net: Money;
  /** TaxInclusiveAmt (TaxInclusive only): the gross typed by the user. */
  gross?: Money;
  taxCodeId?: string;
}

export type InvoiceDiscount = { percent: string } | { amount: Money };

export interface InvoiceTotalsInput {
  currency: string;
  treatment: QboGlobalTaxCalculation;
  salesLines: readonly SalesLineAmounts[];
  discount?: InvoiceDiscount;
  ratesOfCode: TaxRatesOfCode;
  taxBasis?: TaxBasis;
}

export interface TaxLineTotal {
  rate: TaxRateShare;
  netAmountTaxable: Money;
  tax: Money;
}

export interface InvoiceTotals {
  /** Σ sales line Amounts (net). */
  subtotal: Money;
  /** The discount taken, as a positive amount. */
  discount: Money;
  taxLines: TaxLineTotal[];
  totalTax: Money;
  /** subtotal − discount + totalTax. */
  totalAmt: Money;
}

export function computeInvoiceTotals(input: InvoiceTotalsInput): InvoiceTotals {
  const { currency, salesLines } = input;
  const subtotal = Money.sum(
    salesLines.map((line) => line.net),
    currency,
  );
  const discount = discountAmount(input.discount, subtotal);
  if (input.treatment === 'NotApplicable') {
    const zero = Money.zero(currency);
    return { subtotal, discount, taxLines: [], totalTax: zero, totalAmt: subtotal.subtract(discount) };
  }
  const discountShares = spreadDiscount(discount, salesLines);
  const byRate = new Map<string, TaxLineTotal>();
  salesLines.forEach((line, index) => {
    const taxable = line.net.subtract(discountShares[index]);
    const rates = line.taxCodeId === undefined ? [] : input.ratesOfCode(line.taxCodeId);
    rates.forEach((rate) => {
      const tax = lineTax(line, taxable, rate, rates.length, discountShares[index].isZero(), input.treatment);
      const entry = byRate.get(rate.rateId) ?? {
        rate,
        netAmountTaxable: Money.zero(currency),
        tax: Money.zero(currency),
      };
      byRate.set(rate.rateId, { rate, netAmountTaxable: entry.netAmountTaxable.add(taxable), tax: entry.tax.add(tax) });
    });
  });
  const taxLines = [...byRate.values()].map((entry) =>
    input.taxBasis === 'per-rate-total'
      ? { ...entry, tax: entry.netAmountTaxable.percentOf(entry.rate.percent, QBO_ROUNDING) }
      : entry,
  );
  const totalTax = Money.sum(
    taxLines.map((line) => line.tax),
    currency,
  );
  return { subtotal, discount, taxLines, totalTax, totalAmt: subtotal.subtract(discount).add(totalTax) };
}

function discountAmount(discount: InvoiceDiscount | undefined, subtotal: Money): Money {
  if (!discount) return Money.zero(subtotal.currency);
  if ('percent' in discount) return subtotal.percentOf(discount.percent, QBO_ROUNDING);
  return discount.amount;
}

function spreadDiscount(discount: Money, lines: readonly SalesLineAmounts[]): Money[] {
  const weights = lines.map((line) => (line.net.isPositive() ? line.net.minorUnits : 0n));
  if (discount.isZero() || weights.every((weight) => weight === 0n))
    return lines.map(() => Money.zero(discount.currency));
  return discount.allocate(weights);
}

function lineTax(
  line: SalesLineAmounts,
  taxable: Money,
  rate: TaxRateShare,
  rateCount: number,
  undiscounted: boolean,
  treatment: QboGlobalTaxCalculation,
): Money {
  if (treatment === 'TaxInclusive' && line.gross && rateCount === 1 && undiscounted)
    return line.gross.subtract(line.net);
  return taxable.percentOf(rate.percent, QBO_ROUNDING);
}

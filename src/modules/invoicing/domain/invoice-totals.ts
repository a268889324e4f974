import { Money, type RoundingMode } from '../../../../libs/money';
import type { InvoiceLine, TaxTreatment } from './invoice-line';

/** QuickBooks rounds line amounts and taxes half-up (half a minor unit or more rounds up). */
const ROUNDING: RoundingMode = 'half-up';

export interface InvoiceTotals {
  /** Σ net amounts of the item lines (group lines through their children). */
  subtotal: Money;
  /** The discount taken, as a positive amount. */
  discount: Money;
  tax: Money;
  /** subtotal − discount + tax. */
  total: Money;
}

export interface TotalsInput {
  currency: string;
  taxTreatment: TaxTreatment;
  applyTaxAfterDiscount: boolean;
  lines: readonly InvoiceLine[];
}

/**
 * Settle's own figures for an invoice, computed from its lines the way QuickBooks Online does
 * (libs/sandbox/quickbooks/generator/invoice-totals.ts documents the rule and its sources):
 * - item lines are taken at their Amount (net), never recomputed from quantity × rate;
 * - a percentage discount is that percentage of the subtotal, rounded half-up; an amount discount
 *   is its amount; before tax it is spread over the item lines in proportion to their net amounts
 *   (largest remainder, no minor unit lost);
 * - exclusive: each line's tax is its taxable net × rate, rounded half-up, then summed;
 * - inclusive: an undiscounted line's tax is its gross − net (QuickBooks keeps both); otherwise as
 *   exclusive;
 * - none: no tax.
 */
export function computeInvoiceTotals(input: TotalsInput): InvoiceTotals {
  const { currency } = input;
  const sales = salesLines(input.lines);
  const nets = sales.map((line) => Money.ofMinor(BigInt(line.amountMinor), currency));
  const subtotal = Money.sum(nets, currency);
  const discount = discountOf(input.lines, subtotal);
  if (input.taxTreatment === 'none') {
    return { subtotal, discount, tax: Money.zero(currency), total: subtotal.subtract(discount) };
  }
  const shares = input.applyTaxAfterDiscount ? spread(discount, nets) : nets.map(() => Money.zero(currency));
  const taxes = sales.map((line, index) => lineTax(line, nets[index], shares[index], input.taxTreatment));
  const tax = Money.sum(taxes, currency);
  return { subtotal, discount, tax, total: subtotal.subtract(discount).add(tax) };
}

/** The lines that are sales: item lines, and the item lines inside groups. */
export function salesLines(lines: readonly InvoiceLine[]): InvoiceLine[] {
  return lines.flatMap((line) =>
    line.kind === 'item' ? [line] : line.kind === 'group' ? salesLines(line.children) : [],
  );
}

function discountOf(lines: readonly InvoiceLine[], subtotal: Money): Money {
  const line = lines.find((candidate) => candidate.kind === 'discount');
  if (!line) return Money.zero(subtotal.currency);
  if (line.discountPercent !== null) return subtotal.percentOf(line.discountPercent, ROUNDING);
  return Money.ofMinor(BigInt(line.amountMinor), subtotal.currency).abs();
}

function spread(discount: Money, nets: readonly Money[]): Money[] {
  const weights = nets.map((net) => (net.isPositive() ? net.minorUnits : 0n));
  if (discount.isZero() || weights.every((weight) => weight === 0n)) {
    return nets.map(() => Money.zero(discount.currency));
  }
  return discount.allocate(weights);
}

function lineTax(line: InvoiceLine, net: Money, discountShare: Money, treatment: TaxTreatment): Money {
  if (line.taxRatePercent === null) return Money.zero(net.currency);
  if (treatment === 'inclusive' && line.grossAmountMinor !== null && discountShare.isZero()) {
    return Money.ofMinor(BigInt(line.grossAmountMinor), net.currency).subtract(net);
  }
  return net.subtract(discountShare).percentOf(line.taxRatePercent, ROUNDING);
}

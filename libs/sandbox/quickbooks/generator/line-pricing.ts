import { DecimalInput, divideRounded, formatScaled, Money, parseDecimal, toScaleRounded } from '../../../money';
import { QBO_ROUNDING } from './invoice-totals';

/** QuickBooks keeps UnitPrice (and Qty) with up to 7 decimals. */
const UNIT_PRICE_DECIMALS = 7;

/** A sales line priced net of tax (TaxExcluded, NotApplicable): Amount = Qty × UnitPrice, rounded. */
export function netLineAmount(qty: DecimalInput, unitPrice: DecimalInput, currency: string): Money {
  return Money.ofMinor(toScaleRounded(product(qty, unitPrice), Money.zero(currency).exponent, QBO_ROUNDING), currency);
}

export interface InclusiveLinePrice {
  /** TaxInclusiveAmt. */
  gross: Money;
  /** Amount. */
  net: Money;
  /** The net unit price QuickBooks stores, net / Qty to 7 decimals (92.5633333). */
  unitPrice: number;
}

/**
 * A sales line priced with tax included (TaxInclusive): the gross is Qty × the gross unit price,
 * the net Amount is gross × 100 / (100 + rate) rounded half-up, UnitPrice is net / Qty.
 */
export function inclusiveLinePrice(
  qty: DecimalInput,
  grossUnitPrice: DecimalInput,
  ratePercent: DecimalInput,
  currency: string,
): InclusiveLinePrice {
  const gross = netLineAmount(qty, grossUnitPrice, currency);
  const rate = parseDecimal(String(ratePercent));
  const hundred = 100n * 10n ** BigInt(rate.scale);
  const net = Money.ofMinor(
    divideRounded(gross.minorUnits * hundred, hundred + rate.coefficient, QBO_ROUNDING),
    currency,
  );
  return { gross, net, unitPrice: unitPriceOf(net, qty) };
}

/** net / qty to 7 decimals, as the JSON number QuickBooks would send. */
export function unitPriceOf(net: Money, qty: DecimalInput): number {
  const quantity = parseDecimal(String(qty));
  const numerator = net.minorUnits * 10n ** BigInt(UNIT_PRICE_DECIMALS - net.exponent + quantity.scale);
  return Number(formatScaled(divideRounded(numerator, quantity.coefficient, QBO_ROUNDING), UNIT_PRICE_DECIMALS));
}

function product(left: DecimalInput, right: DecimalInput) {
  const a = parseDecimal(String(left));
  const b = parseDecimal(String(right));
  return { coefficient: a.coefficient * b.coefficient, scale: a.scale + b.scale };
}

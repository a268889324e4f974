import { CurrencyCode, currencyExponent } from './currency';
import { decimalFromNumber, ExactDecimal, formatScaled, parseDecimal, toScaleExactly, toScaleRounded } from './decimal';
import { CurrencyMismatchError, InvalidArgumentError, TooManyDecimalPlacesError } from './money.errors';
import { abs, divideRounded, RoundingMode } from './rounding';

export interface ParseMoneyOptions {
  /** Round extra decimal places with this mode; without it they are an error. */
  rounding?: RoundingMode;
}

/** A decimal given as a string ("20", "17.5", "1.2345") or a JSON number read by its shortest form. */
export type DecimalInput = string | number;

/**
 * An amount of money: an integer number of minor units (pence, cents, yen, fils) in a bigint,
 * and its ISO 4217 currency. Immutable; arithmetic never goes through floating point.
 */
export class Money {
  private constructor(
    readonly minorUnits: bigint,
    readonly currency: CurrencyCode,
    /** Decimal places of the currency (GBP 2, JPY 0, BHD 3). */
    readonly exponent: number,
  ) {}

  static ofMinor(minorUnits: bigint, currency: CurrencyCode): Money {
    return new Money(minorUnits, currency, currencyExponent(currency));
  }

  static zero(currency: CurrencyCode): Money {
    return Money.ofMinor(0n, currency);
  }

  /**
   * "1234.5" GBP → 123450 minor units. A JSON number is read by its shortest string form
   * (String(1234.5)). More decimal places than the currency has throw TooManyDecimalPlacesError
   * unless `options.rounding` is given.
   */
  static parse(amount: DecimalInput, currency: CurrencyCode, options: ParseMoneyOptions = {}): Money {
    const exponent = currencyExponent(currency);
    const fast = typeof amount === 'number' ? exactMinorUnitsOf(amount, exponent) : undefined;
    if (fast !== undefined) return new Money(fast, currency, exponent);
    const decimal = toExactDecimal(amount);
    const exact = toScaleExactly(decimal, exponent);
    if (exact !== undefined) return new Money(exact, currency, exponent);
    if (!options.rounding) throw new TooManyDecimalPlacesError(String(amount), currency, exponent);
    return new Money(toScaleRounded(decimal, exponent, options.rounding), currency, exponent);
  }

  /** The total of `amounts`, all in `currency` (zero for none). */
  static sum(amounts: readonly Money[], currency: CurrencyCode): Money {
    return amounts.reduce((total, amount) => total.add(amount), Money.zero(currency));
  }

  add(other: Money): Money {
    this.assertSameCurrency(other);
    return new Money(this.minorUnits + other.minorUnits, this.currency, this.exponent);
  }

  subtract(other: Money): Money {
    this.assertSameCurrency(other);
    return new Money(this.minorUnits - other.minorUnits, this.currency, this.exponent);
  }

  negate(): Money {
    return new Money(-this.minorUnits, this.currency, this.exponent);
  }

  abs(): Money {
    return new Money(abs(this.minorUnits), this.currency, this.exponent);
  }

  /** This amount times a whole number. */
  multiply(factor: bigint | number): Money {
    return new Money(this.minorUnits * toInteger(factor, 'factor'), this.currency, this.exponent);
  }

  /** This amount times an exact decimal (a quantity, a ratio), rounded to the currency. */
  multiplyByDecimal(factor: DecimalInput, rounding: RoundingMode): Money {
    const { coefficient, scale } = toExactDecimal(factor);
    const minorUnits = divideRounded(this.minorUnits * coefficient, 10n ** BigInt(scale), rounding);
    return new Money(minorUnits, this.currency, this.exponent);
  }

  /**
   * `rate` per cent of this amount, rounded to the currency's minor unit: percentOf("20",
   * "half-up") of £10.05 is £2.01. Exact: (minor units × rate) / 100 on bigint.
   */
  percentOf(rate: DecimalInput, rounding: RoundingMode): Money {
    const { coefficient, scale } = toExactDecimal(rate);
    const minorUnits = divideRounded(this.minorUnits * coefficient, 100n * 10n ** BigInt(scale), rounding);
    return new Money(minorUnits, this.currency, this.exponent);
  }

  /**
   * This amount in `currency` at `rate` units of `currency` per unit of this one (QuickBooks'
   * ExchangeRate converts a foreign amount to the home currency this way), rounded.
   */
  convert(currency: CurrencyCode, rate: DecimalInput, rounding: RoundingMode): Money {
    const targetExponent = currencyExponent(currency);
    const { coefficient, scale } = toExactDecimal(rate);
    const numerator = this.minorUnits * coefficient * 10n ** BigInt(targetExponent);
    const denominator = 10n ** BigInt(scale + this.exponent);
    return new Money(divideRounded(numerator, denominator, rounding), currency, targetExponent);
  }

  /**
   * Splits this amount in proportion to `ratios` (non-negative whole numbers, not all zero)
   * without losing a minor unit: each share is rounded down, then the minor units left over go
   * one each to the shares with the largest remainders (the earlier share on a tie).
   */
  allocate(ratios: readonly (bigint | number)[]): Money[] {
    const weights = ratios.map((ratio) => toInteger(ratio, 'ratio'));
    const totalWeight = weights.reduce((sum, weight) => sum + weight, 0n);
    if (weights.some((weight) => weight < 0n) || totalWeight === 0n) {
      throw new InvalidArgumentError('allocate needs non-negative ratios that are not all zero');
    }
    const sign = this.minorUnits < 0n ? -1n : 1n;
    const total = abs(this.minorUnits);
    const shares = weights.map((weight) => (total * weight) / totalWeight);
    const remainders = weights.map((weight, index) => ({ index, remainder: (total * weight) % totalWeight }));
    let leftOver = total - shares.reduce((sum, share) => sum + share, 0n);
    remainders.sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
    for (const { index } of remainders) {
      if (leftOver === 0n) break;
      shares[index] += 1n;
      leftOver -= 1n;
    }
    return shares.map((share) => new Money(sign * share, this.currency, this.exponent));
  }

  /** -1, 0 or 1 as this is less than, equal to or more than `other`. */
  compare(other: Money): -1 | 0 | 1 {
    this.assertSameCurrency(other);
    if (this.minorUnits === other.minorUnits) return 0;
    return this.minorUnits < other.minorUnits ? -1 : 1;
  }

  equals(other: Money): boolean {
    return this.currency === other.currency && this.minorUnits === other.minorUnits;
  }

  lessThan(other: Money): boolean {
    return this.compare(other) < 0;
  }

  greaterThan(other: Money): boolean {
    return this.compare(other) > 0;
  }

  isZero(): boolean {
    return this.minorUnits === 0n;
  }

  isNegative(): boolean {
    return this.minorUnits < 0n;
  }

  isPositive(): boolean {
    return this.minorUnits > 0n;
  }

  /** "1234.50" (GBP), "1235" (JPY), "-1.234" (BHD): always the currency's decimal places. */
  toDecimalString(): string {
    return formatScaled(this.minorUnits, this.exponent);
  }

  /**
   * The amount as a JSON number for provider payloads (QuickBooks wants 1234.5). Exact for any
   * amount of up to 15 significant digits, which every invoice amount is.
   */
  toNumber(): number {
    return Number(this.toDecimalString());
  }

  /** For display: "£1,234.50" (en-GB), "¥1,235" (en-US, JPY), "BHD 1.234" (en-GB). */
  format(locale = 'en-GB', options: Omit<Intl.NumberFormatOptions, 'style' | 'currency'> = {}): string {
    const formatter = new Intl.NumberFormat(locale, {
      ...options,
      style: 'currency',
      currency: this.currency,
      minimumFractionDigits: this.exponent,
      maximumFractionDigits: this.exponent,
    });
    return formatter.format(this.toDecimalString() as Intl.StringNumericLiteral);
  }

  toJSON(): { amount: string; currency: CurrencyCode } {
    return { amount: this.toDecimalString(), currency: this.currency };
  }

  toString(): string {
    return `${this.currency} ${this.toDecimalString()}`;
  }

  private assertSameCurrency(other: Money): void {
    if (other.currency !== this.currency) throw new CurrencyMismatchError(this.currency, other.currency);
  }
}

function toExactDecimal(input: DecimalInput): ExactDecimal {
  return typeof input === 'number' ? decimalFromNumber(input) : parseDecimal(input);
}

function toInteger(value: bigint | number, name: string): bigint {
  if (typeof value === 'bigint') return value;
  if (!Number.isSafeInteger(value)) throw new InvalidArgumentError(`${name} must be a whole number, got ${value}`);
  return BigInt(value);
}

/**
 * The fast path of parse for JSON numbers, which imports read by the million: scaled and rounded in
 * floating point, then kept only if dividing back gives the very same double. That holds exactly
 * when the number's shortest decimal form has at most `exponent` decimals (the double nearest to
 * minor / 10^exponent is the number itself), so the answer equals the exact string path's; any
 * other number (1.005 for pounds) goes the exact way.
 */
function exactMinorUnitsOf(amount: number, exponent: number): bigint | undefined {
  const scale = 10 ** exponent;
  if (!Number.isFinite(amount) || Math.abs(amount) >= Number.MAX_SAFE_INTEGER / scale) return undefined;
  const minor = Math.round(amount * scale);
  return minor / scale === amount ? BigInt(minor) : undefined;
}

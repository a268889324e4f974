import { InvalidDecimalError } from './money.errors';
import { divideRounded, RoundingMode } from './rounding';

/** An exact decimal: coefficient × 10^-scale (scale ≥ 0). */
export interface ExactDecimal {
  coefficient: bigint;
  scale: number;
}

const DECIMAL_PATTERN = /^([+-])?(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;
/** Larger exponents are refused so that "1e999999999" cannot allocate a huge bigint. */
const MAX_EXPONENT = 400;

/**
 * Parses "1234.5", "-0.01", "+7", "1.5e-7" or "1e+21" (the forms `String(number)` produces)
 * exactly. Thousands separators, spaces, "Infinity" and "NaN" are refused.
 */
export function parseDecimal(input: string): ExactDecimal {
  const match = DECIMAL_PATTERN.exec(input);
  if (!match) throw new InvalidDecimalError(input);
  const [, sign, integerDigits, fractionDigits = '', exponentText = '0'] = match;
  const exponent = Number(exponentText);
  if (Math.abs(exponent) > MAX_EXPONENT) throw new InvalidDecimalError(input);
  let coefficient = BigInt(integerDigits + fractionDigits);
  let scale = fractionDigits.length - exponent;
  if (scale < 0) {
    coefficient *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { coefficient: sign === '-' ? -coefficient : coefficient, scale };
}

/** A JSON number read by its shortest round-trip string (String(1234.5) = "1234.5"). */
export function decimalFromNumber(value: number): ExactDecimal {
  if (!Number.isFinite(value)) throw new InvalidDecimalError(String(value));
  return parseDecimal(String(value));
}

/** The decimal as an integer count of 10^-targetScale, or undefined if it needs rounding. */
export function toScaleExactly(decimal: ExactDecimal, targetScale: number): bigint | undefined {
  if (decimal.scale <= targetScale) return decimal.coefficient * 10n ** BigInt(targetScale - decimal.scale);
  const divisor = 10n ** BigInt(decimal.scale - targetScale);
  return decimal.coefficient % divisor === 0n ? decimal.coefficient / divisor : undefined;
}

/** The decimal as an integer count of 10^-targetScale, rounded by `mode`. */
export function toScaleRounded(decimal: ExactDecimal, targetScale: number, mode: RoundingMode): bigint {
  if (decimal.scale <= targetScale) return decimal.coefficient * 10n ** BigInt(targetScale - decimal.scale);
  return divideRounded(decimal.coefficient, 10n ** BigInt(decimal.scale - targetScale), mode);
}

/** "1234.50" for (123450n, 2); "-0.005" for (-5n, 3); "1235" for (1235n, 0). */
export function formatScaled(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const integerPart = digits.slice(0, digits.length - scale);
  const fractionPart = scale > 0 ? '.' + digits.slice(digits.length - scale) : '';
  return (negative ? '-' : '') + integerPart + fractionPart;
}

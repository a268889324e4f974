/**
 * How a result that falls between two minor units is rounded:
 * - `half-up`: to the nearest, ties away from zero (1.005 → 1.01, -1.005 → -1.01); what
 *   invoicing software and HMRC's VAT guidance mean by "round half up".
 * - `half-even`: to the nearest, ties to the even neighbour (banker's rounding).
 */
export type RoundingMode = 'half-up' | 'half-even';

export const ROUNDING_MODES: readonly RoundingMode[] = ['half-up', 'half-even'];

/** numerator / denominator as an integer, rounded by `mode`; exact rational arithmetic. */
export function divideRounded(numerator: bigint, denominator: bigint, mode: RoundingMode): bigint {
  if (denominator === 0n) throw new RangeError('division by zero');
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  if (remainder === 0n) return quotient;
  const twiceRemainder = 2n * abs(remainder);
  const absDenominator = abs(denominator);
  const awayFromZero = quotient + (numerator < 0n !== denominator < 0n ? -1n : 1n);
  if (twiceRemainder > absDenominator) return awayFromZero;
  if (twiceRemainder < absDenominator) return quotient;
  if (mode === 'half-up') return awayFromZero;
  return quotient % 2n === 0n ? quotient : awayFromZero;
}

export function abs(value: bigint): bigint {
  return value < 0n ? -value : value;
}

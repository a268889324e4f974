import { decimalFromNumber, formatScaled, parseDecimal } from '../../../../../libs/money';

/** A QuickBooks text trimmed; absent, non-text or blank → null. */
export function trimToNull(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * A QuickBooks JSON number (or numeric string) as an exact plain decimal string, read from the
 * number's shortest form: 92.5633333 → "92.5633333", 1.5e-7 → "0.00000015". Absent → null; a value
 * that is not a finite decimal throws the money library's InvalidDecimalError.
 */
export function exactDecimalString(value: number | string | undefined | null): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' && Number.isFinite(value)) {
    // The shortest form is already plain and exact unless it has an exponent; this skips a
    // bigint per amount (several per invoice line).
    const shortest = String(value);
    if (!shortest.includes('e')) return shortest;
  }
  const decimal = typeof value === 'number' ? decimalFromNumber(value) : parseDecimal(value.trim());
  return formatScaled(decimal.coefficient, decimal.scale);
}

const CALENDAR_DATE = /^(\d{4}-\d{2}-\d{2})(?:$|T)/;

/** A QuickBooks date ("2025-03-05", sometimes with a time part) as YYYY-MM-DD, or null. */
export function calendarDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = CALENDAR_DATE.exec(value.trim());
  if (!match || Number.isNaN(Date.parse(`${match[1]}T00:00:00Z`))) return null;
  return match[1];
}

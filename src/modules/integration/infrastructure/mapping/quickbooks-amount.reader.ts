import { Money, MoneyError, TooManyDecimalPlacesError } from '../../../../../libs/money';
import type { QuickBooksMappingWarning } from './quickbooks-mapping-warning';
import { QuickBooksMappingError } from './quickbooks-mapping.error';

/**
 * Reads QuickBooks money (JSON numbers) as minor units of one currency with Money.parse: exact from
 * the number's shortest string form, never float arithmetic. An amount with too many decimals is
 * rounded half-up and reported in `warnings`; one that is not a number at all is a
 * QuickBooksMappingError naming the field.
 */
export class QuickBooksAmountReader {
  readonly warnings: QuickBooksMappingWarning[] = [];

  constructor(private readonly invoiceId: string) {}

  /** The amount in minor units; absent → null. */
  optional(value: number | undefined | null, currency: string, field: string): bigint | null {
    if (value === undefined || value === null) return null;
    try {
      return Money.parse(value, currency).minorUnits;
    } catch (error) {
      if (!(error instanceof TooManyDecimalPlacesError)) throw this.unreadable(error, value, field);
    }
    const roundedMinor = Money.parse(value, currency, { rounding: 'half-up' }).minorUnits;
    this.warnings.push({ kind: 'amount-rounded', field, original: String(value), currency, roundedMinor });
    return roundedMinor;
  }

  /** A money error (not a number, unknown currency) as a mapping error naming the field; anything else as it is. */
  private unreadable(error: unknown, value: unknown, field: string): unknown {
    if (!(error instanceof MoneyError)) return error;
    return new QuickBooksMappingError('Invoice', this.invoiceId, field, `is not an amount (${String(value)})`);
  }

  /** The amount in minor units; absent → 0 (a line without Amount, an invoice without tax). */
  orZero(value: number | undefined | null, currency: string, field: string): bigint {
    return this.optional(value, currency, field) ?? 0n;
  }

  /** The amount in minor units; absent → QuickBooksMappingError (TotalAmt, Balance). */
  required(value: number | undefined | null, currency: string, field: string): bigint {
    const minor = this.optional(value, currency, field);
    if (minor === null) throw new QuickBooksMappingError('Invoice', this.invoiceId, field, 'is missing');
    return minor;
  }
}

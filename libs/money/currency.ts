import { ISO_4217_MINOR_UNITS } from './iso-4217-minor-units';
import { CurrencyWithoutMinorUnitError, UnknownCurrencyError } from './money.errors';

/** An ISO 4217 alphabetic code that Money accepts (checked by `currencyExponent`). */
export type CurrencyCode = string;

/** True for any ISO 4217 code with a minor unit (what Money can hold). */
export function isSupportedCurrency(code: string): boolean {
  return ISO_4217_MINOR_UNITS.get(code) != null;
}

/**
 * The number of decimal places of a currency (JPY 0, GBP 2, BHD 3, CLF 4). Throws
 * UnknownCurrencyError for a code ISO 4217 does not list (never a silent default of 2) and
 * CurrencyWithoutMinorUnitError for codes such as XAU or XDR.
 */
export function currencyExponent(code: string): number {
  const minorUnit = ISO_4217_MINOR_UNITS.get(code);
  if (minorUnit === undefined) throw new UnknownCurrencyError(code);
  if (minorUnit === null) throw new CurrencyWithoutMinorUnitError(code);
  return minorUnit;
}

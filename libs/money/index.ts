export { Money } from './money';
export type { DecimalInput, ParseMoneyOptions } from './money';
export { currencyExponent, isSupportedCurrency } from './currency';
export type { CurrencyCode } from './currency';
export { ISO_4217_MINOR_UNITS } from './iso-4217-minor-units';
export { divideRounded, ROUNDING_MODES } from './rounding';
export type { RoundingMode } from './rounding';
export { decimalFromNumber, formatScaled, parseDecimal, toScaleExactly, toScaleRounded } from './decimal';
export type { ExactDecimal } from './decimal';
export {
  CurrencyMismatchError,
  CurrencyWithoutMinorUnitError,
  InvalidArgumentError,
  InvalidDecimalError,
  MoneyError,
  TooManyDecimalPlacesError,
  UnknownCurrencyError,
} from './money.errors';

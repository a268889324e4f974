/** Every error the money library throws; `code` is stable and namespaced for error mapping. */
export abstract class MoneyError extends Error {
  abstract readonly code: string;

  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

export class UnknownCurrencyError extends MoneyError {
  readonly code = 'MONEY.UNKNOWN_CURRENCY';

  constructor(readonly currency: string) {
    super(`"${currency}" is not an ISO 4217 currency code`);
  }
}

export class CurrencyWithoutMinorUnitError extends MoneyError {
  readonly code = 'MONEY.CURRENCY_WITHOUT_MINOR_UNIT';

  constructor(readonly currency: string) {
    super(`${currency} has no minor unit in ISO 4217 (a metal, fund or test code), not money`);
  }
}

export class InvalidDecimalError extends MoneyError {
  readonly code = 'MONEY.INVALID_DECIMAL';

  constructor(readonly input: string) {
    super(`"${input}" is not a decimal number`);
  }
}

export class TooManyDecimalPlacesError extends MoneyError {
  readonly code = 'MONEY.TOO_MANY_DECIMAL_PLACES';

  constructor(
    readonly input: string,
    readonly currency: string,
    readonly allowed: number,
  ) {
    super(`${input} has more than the ${allowed} decimal places ${currency} allows; ask for a rounding mode`);
  }
}

export class CurrencyMismatchError extends MoneyError {
  readonly code = 'MONEY.CURRENCY_MISMATCH';

  constructor(
    readonly left: string,
    readonly right: string,
  ) {
    super(`cannot combine ${left} with ${right}`);
  }
}

export class InvalidArgumentError extends MoneyError {
  readonly code = 'MONEY.INVALID_ARGUMENT';
}

import { Money } from '../../../../libs/money';

/** Amounts per currency, as a page result stores them: decimal strings such as {GBP: "1234.50"}. */
export type AmountsByCurrency = Record<string, string>;

/** Unpaid balances summed per currency exactly, in minor units. */
export class UnpaidTotals {
  private readonly minor = new Map<string, bigint>();

  add(currency: string, minorUnits: bigint): void {
    this.minor.set(currency, (this.minor.get(currency) ?? 0n) + minorUnits);
  }

  addAll(amounts: AmountsByCurrency): void {
    for (const [currency, amount] of Object.entries(amounts))
      this.add(currency, Money.parse(amount, currency).minorUnits);
  }

  toDecimals(): AmountsByCurrency {
    return Object.fromEntries(
      [...this.minor.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([currency, minorUnits]) => [currency, Money.ofMinor(minorUnits, currency).toDecimalString()]),
    );
  }
}

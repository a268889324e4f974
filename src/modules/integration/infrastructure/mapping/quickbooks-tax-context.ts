import { formatScaled, parseDecimal } from '../../../../../libs/money';
import type { QboTaxCode, QboTaxRate } from '../../../../../libs/quickbooks/qbo-types';
import { exactDecimalString, trimToNull } from './quickbooks-values';

export interface QuickBooksTaxCodeInfo {
  name: string;
  /** The code's sales rate in per cent ("20"); a tax group's rates summed; null when it has none or one is unknown. */
  ratePercent: string | null;
}

/** What an invoice's lines need to know about the company's tax codes and rates, and its home currency. */
export interface QuickBooksTaxContext {
  /** TaxRate Id → RateValue as an exact percent string. */
  taxRates: ReadonlyMap<string, string>;
  /** TaxCode Id → its name and sales rate. */
  taxCodes: ReadonlyMap<string, QuickBooksTaxCodeInfo>;
  /** ISO 4217, upper case: the currency of an invoice without CurrencyRef and of HomeTotalAmt. */
  homeCurrency: string;
}

/**
 * Builds the context from the company's TaxCode and TaxRate lists (query them with
 * `Active in (true, false)`: old invoices use retired codes). A code's rate is the sum of the
 * RateValues of its SalesTaxRateList (one for a UK VAT code; several for a tax group, e.g. GST +
 * PST, whose per-rate rounding can then differ from one combined rate by a minor unit per line).
 */
export function toTaxContext(
  taxCodes: readonly QboTaxCode[],
  taxRates: readonly QboTaxRate[],
  homeCurrency: string,
): QuickBooksTaxContext {
  const rates = new Map<string, string>();
  for (const rate of taxRates) {
    const percent = typeof rate.RateValue === 'number' ? exactDecimalString(rate.RateValue) : null;
    if (percent !== null) rates.set(rate.Id, percent);
  }
  const codes = new Map<string, QuickBooksTaxCodeInfo>();
  for (const code of taxCodes) {
    const rateIds = (code.SalesTaxRateList?.TaxRateDetail ?? []).map((detail) => detail.TaxRateRef.value);
    const percents = rateIds.map((id) => rates.get(id));
    const known = percents.filter((percent): percent is string => percent !== undefined);
    const ratePercent = known.length > 0 && known.length === percents.length ? sumPercents(known) : null;
    codes.set(code.Id, { name: trimToNull(code.Name) ?? code.Id, ratePercent });
  }
  return { taxRates: rates, taxCodes: codes, homeCurrency: homeCurrency.trim().toUpperCase() };
}

/** Exact decimal sum of percent strings, without trailing zeros: ["5", "7.25"] → "12.25". */
function sumPercents(percents: readonly string[]): string {
  const decimals = percents.map(parseDecimal);
  const scale = Math.max(...decimals.map((decimal) => decimal.scale));
  const total = decimals.reduce((sum, decimal) => sum + decimal.coefficient * 10n ** BigInt(scale - decimal.scale), 0n);
  const text = formatScaled(total, scale);
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

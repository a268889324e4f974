/**
 * Stripe's own minor-unit table (docs.stripe.com/currencies), which is not always ISO 4217's: every
 * API amount is an integer in the currency's smallest unit as Stripe counts it.
 */
export const STRIPE_ZERO_DECIMAL_CURRENCIES: ReadonlySet<string> = new Set([
  'bif',
  'clp',
  'djf',
  'gnf',
  'jpy',
  'kmf',
  'krw',
  'mga',
  'pyg',
  'rwf',
  'ugx',
  'vnd',
  'vuv',
  'xaf',
  'xof',
  'xpf',
]);

/** Sent ×1000, but the last digit must be 0 (amounts are rounded to tens). */
export const STRIPE_THREE_DECIMAL_CURRENCIES: ReadonlySet<string> = new Set(['bhd', 'jod', 'kwd', 'omr', 'tnd']);

/** Zero-decimal in practice, yet still sent ×100 and divisible by 100 (Stripe's ISK note). */
export const STRIPE_WHOLE_HUNDREDS_CURRENCIES: ReadonlySet<string> = new Set(['isk']);

/**
 * Smallest amounts Stripe charges, in its minor units (a third-party copy of Stripe's table; re-check
 * the live one). Currencies missing here are not checked.
 */
export const STRIPE_MINIMUM_CHARGE: ReadonlyMap<string, number> = new Map([
  ['gbp', 30],
  ['eur', 50],
  ['usd', 50],
  ['jpy', 50],
]);

/** How many decimal places Stripe's integer amounts carry for a (lowercase) currency. */
export function stripeExponent(currency: string): number {
  const code = currency.toLowerCase();
  if (STRIPE_ZERO_DECIMAL_CURRENCIES.has(code)) return 0;
  if (STRIPE_THREE_DECIMAL_CURRENCIES.has(code)) return 3;
  return 2;
}

/** Why Stripe would refuse this integer amount in this currency, or undefined if it takes it. */
export function stripeAmountProblem(currency: string, amount: number): string | undefined {
  const code = currency.toLowerCase();
  if (!Number.isSafeInteger(amount) || amount < 0)
    return 'must be a non-negative integer in the smallest currency unit';
  if (STRIPE_THREE_DECIMAL_CURRENCIES.has(code) && amount % 10 !== 0)
    return `must be a multiple of 10 for ${code.toUpperCase()} (three-decimal amounts are rounded to tens)`;
  if (STRIPE_WHOLE_HUNDREDS_CURRENCIES.has(code) && amount % 100 !== 0)
    return `must be a multiple of 100 for ${code.toUpperCase()}`;
  return undefined;
}

import { stripeExponent } from '../../../stripe';

/** An amount in Stripe's minor units as a person reads it: 12345 gbp → "£123.45", 5000 jpy → "¥5,000". */
export function formatAmount(amount: number, currency: string): string {
  const exponent = stripeExponent(currency);
  return new Intl.NumberFormat('en-GB', {
    style: 'currency',
    currency: currency.toUpperCase(),
    minimumFractionDigits: exponent,
    maximumFractionDigits: exponent,
  }).format(amount / 10 ** exponent);
}

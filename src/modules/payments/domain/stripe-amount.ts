import { currencyExponent } from '../../../../libs/money';
import { stripeAmountProblem, stripeExponent } from '../../../../libs/stripe';
import { PaymentsErrors } from '../payments.errors';

/**
 * Settle's minor units (ISO 4217's exponent) as Stripe's integer amount (Stripe's own exponent,
 * which differs for a few currencies: ISK is sent ×100). Refuses what Stripe would not take.
 */
export function toStripeAmount(minor: bigint, currency: string): number {
  const shift = stripeExponent(currency) - currencyExponent(currency.toUpperCase());
  const amount = shift >= 0 ? minor * 10n ** BigInt(shift) : minor / 10n ** BigInt(-shift);
  if (shift < 0 && amount * 10n ** BigInt(-shift) !== minor) {
    throw PaymentsErrors.amountNotChargeable(`${currency.toUpperCase()} has fewer decimal places at Stripe`);
  }
  if (amount <= 0n) throw PaymentsErrors.amountNotChargeable('nothing is due');
  if (amount > BigInt(Number.MAX_SAFE_INTEGER)) throw PaymentsErrors.amountNotChargeable('too large');
  const problem = stripeAmountProblem(currency, Number(amount));
  if (problem) throw PaymentsErrors.amountNotChargeable(`the amount ${problem}`);
  return Number(amount);
}

/** Stripe's integer amount back in Settle's minor units (for a refund Stripe reports). */
export function fromStripeAmount(amount: number, currency: string): bigint {
  const shift = stripeExponent(currency) - currencyExponent(currency.toUpperCase());
  return shift >= 0 ? BigInt(amount) / 10n ** BigInt(shift) : BigInt(amount) * 10n ** BigInt(-shift);
}

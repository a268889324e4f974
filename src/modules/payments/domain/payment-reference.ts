/** QuickBooks' PaymentRefNum holds 21 characters. */
export const MAX_REFERENCE_LENGTH = 21;

/**
 * The reference QuickBooks shows and can search, from the provider's payment id: the id itself
 * when it fits, else its prefix and its last characters (the random part, as unique as the whole
 * for one business), so the business can find it in Stripe by its ending. Always the same for an id.
 */
export function referenceOf(providerPaymentId: string): string {
  if (providerPaymentId.length <= MAX_REFERENCE_LENGTH) return providerPaymentId;
  const underscore = providerPaymentId.indexOf('_');
  const prefix = underscore > 0 && underscore < 5 ? providerPaymentId.slice(0, underscore + 1) : '';
  return prefix + providerPaymentId.slice(-(MAX_REFERENCE_LENGTH - prefix.length));
}

/**
 * A Crezco payment id (a UUID) as a short reference: `CZ-` and the last 12 hex digits, the same for
 * the same id, and findable in Crezco by the id's ending.
 */
export function crezcoTokenOf(crezcoPaymentId: string): string {
  const hex = crezcoPaymentId.replace(/[^0-9a-zA-Z]/g, '').toUpperCase();
  return `CZ-${hex.slice(-12)}`;
}

/** The ways an account is paid: card through Stripe, bank through Crezco. */
export const PAYMENT_METHODS = ['stripe', 'crezco'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** The PaymentMethod name QuickBooks shows. */
export const METHOD_NAMES: Record<PaymentMethod, string> = { stripe: 'Stripe', crezco: 'Crezco' };

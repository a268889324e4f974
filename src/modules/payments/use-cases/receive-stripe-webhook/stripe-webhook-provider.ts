/** The inbox provider of Stripe's events (deduplicated by event id). */
export const STRIPE_WEBHOOK_PROVIDER = 'stripe';

import Stripe from 'stripe';
import type { StripeSandbox } from '../stripe-sandbox';

/** The real SDK pointed at the sandbox, without its own retries unless asked. */
export function sandboxStripe(
  sandbox: StripeSandbox,
  options: { maxNetworkRetries?: number; key?: string } = {},
): Stripe {
  const stripe = new Stripe(options.key ?? sandbox.secretKey, {
    host: sandbox.host,
    port: sandbox.port,
    protocol: sandbox.protocol,
    maxNetworkRetries: options.maxNetworkRetries ?? 0,
    telemetry: false,
  });
  stripe.setClientId(sandbox.clientId);
  return stripe;
}

/** A valid create request for a one-line GBP session (override anything). */
export function sessionParams(
  overrides: Partial<Stripe.Checkout.SessionCreateParams> = {},
): Stripe.Checkout.SessionCreateParams {
  return {
    mode: 'payment',
    client_reference_id: 'att_01',
    metadata: { invoice_id: 'inv_42', attempt_id: 'att_01' },
    payment_intent_data: { metadata: { invoice_id: 'inv_42', attempt_id: 'att_01' } },
    line_items: [
      {
        quantity: 1,
        price_data: { currency: 'gbp', unit_amount: 12345, product_data: { name: 'Invoice INV-0042' } },
      },
    ],
    success_url: 'https://settle.example/p/TOKEN/done?session_id={CHECKOUT_SESSION_ID}',
    cancel_url: 'https://settle.example/p/TOKEN',
    ...overrides,
  };
}

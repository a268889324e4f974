import { newId, nowSeconds } from '../store/ids';
import type { Charge, ChargeStatus, CheckoutSession, CustomerDetails, PaymentIntent } from '../store/stripe-objects';

export interface Payer {
  email: string | null;
  name: string | null;
}

export function newPaymentIntent(
  session: CheckoutSession,
  metadata: Record<string, string>,
  description: string | null,
): PaymentIntent {
  const id = newId.paymentIntent();
  return {
    id,
    object: 'payment_intent',
    amount: session.amount_total,
    amount_capturable: 0,
    amount_received: 0,
    currency: session.currency,
    status: 'requires_payment_method',
    latest_charge: null,
    metadata: { ...metadata },
    description,
    payment_method: null,
    payment_method_types: [...session.payment_method_types],
    last_payment_error: null,
    capture_method: 'automatic_async',
    client_secret: `${id}_secret_${newId.clientSecretSuffix()}`,
    canceled_at: null,
    created: nowSeconds(),
    livemode: false,
  };
}

export function newCharge(
  intent: PaymentIntent,
  method: { type: string; brand?: string; last4?: string },
  payer: Payer,
  status: ChargeStatus,
  failure?: { code: string; message: string; declineCode?: string },
): Charge {
  const paid = status === 'succeeded';
  return {
    id: newId.charge(),
    object: 'charge',
    amount: intent.amount,
    amount_captured: paid ? intent.amount : 0,
    amount_refunded: 0,
    currency: intent.currency,
    status,
    paid,
    captured: paid,
    refunded: false,
    payment_intent: intent.id,
    payment_method: newId.paymentMethod(),
    payment_method_details:
      method.type === 'card'
        ? {
            type: 'card',
            card: {
              brand: method.brand ?? 'visa',
              last4: method.last4 ?? '4242',
              exp_month: 12,
              exp_year: 2034,
              country: 'US',
            },
          }
        : { type: method.type },
    billing_details: { email: payer.email, name: payer.name },
    failure_code: failure?.code ?? null,
    failure_message: failure?.message ?? null,
    outcome: {
      network_status: status === 'failed' ? 'declined_by_network' : 'approved_by_network',
      reason: failure?.declineCode ?? null,
      seller_message:
        status === 'failed' ? 'The bank did not return any further details with this decline.' : 'Payment complete.',
      type: status === 'failed' ? 'issuer_declined' : 'authorized',
    },
    metadata: {},
    balance_transaction: null,
    created: nowSeconds(),
    livemode: false,
  };
}

export function customerDetails(payer: Payer, country: string): CustomerDetails {
  return {
    email: payer.email,
    name: payer.name,
    phone: null,
    address: { city: null, country, line1: null, line2: null, postal_code: null, state: null },
    tax_exempt: 'none',
    tax_ids: [],
  };
}

import type Stripe from 'stripe';
import type { CheckoutNotice, StripeNotice } from '../../domain/stripe-notice';

const idOf = (value: string | { id: string } | null | undefined): string | null =>
  typeof value === 'string' ? value : (value?.id ?? null);

function checkoutNotice(session: Stripe.Checkout.Session): CheckoutNotice {
  return {
    sessionId: session.id,
    attemptId: session.client_reference_id ?? session.metadata?.attemptId ?? null,
    paymentIntentId: idOf(session.payment_intent),
    amountTotal: session.amount_total ?? null,
    currency: session.currency ?? null,
  };
}

/** Stripe's event JSON, already verified, in Settle's terms. Stripe JSON goes no further than this. */
export function readStripeEvent(event: Stripe.Event): StripeNotice {
  const base = {
    eventId: event.id,
    stripeAccountId: event.account ?? null,
    occurredAt: new Date(event.created * 1000),
  };
  switch (event.type) {
    case 'checkout.session.completed': {
      const session = event.data.object;
      const kind = session.payment_status === 'paid' ? 'checkout_paid' : 'checkout_pending';
      return { ...base, kind, ...checkoutNotice(session) };
    }
    case 'checkout.session.async_payment_succeeded':
      return { ...base, kind: 'checkout_paid', ...checkoutNotice(event.data.object) };
    case 'checkout.session.async_payment_failed':
      return { ...base, kind: 'checkout_failed', ...checkoutNotice(event.data.object) };
    case 'checkout.session.expired':
      return { ...base, kind: 'checkout_expired', ...checkoutNotice(event.data.object) };
    case 'charge.refunded': {
      const charge = event.data.object;
      return {
        ...base,
        kind: 'refunded',
        paymentIntentId: idOf(charge.payment_intent),
        amountRefunded: charge.amount_refunded,
      };
    }
    case 'account.application.deauthorized':
      return { ...base, kind: 'deauthorized' };
    case 'account.updated':
      return { ...base, kind: 'account_updated', chargesEnabled: event.data.object.charges_enabled === true };
    default:
      return { ...base, kind: 'other', type: event.type };
  }
}

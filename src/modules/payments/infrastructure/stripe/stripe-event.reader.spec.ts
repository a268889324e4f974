import type Stripe from 'stripe';
import { readStripeEvent } from './stripe-event.reader';

const event = (type: string, object: Record<string, unknown>) =>
  ({ id: 'evt_1', type, account: 'acct_1', created: 1764590100, data: { object } }) as unknown as Stripe.Event;

const session = (fields: Record<string, unknown> = {}) => ({
  id: 'cs_test_1',
  object: 'checkout.session',
  client_reference_id: 'att-1',
  payment_intent: 'pi_1',
  amount_total: 12345,
  currency: 'gbp',
  payment_status: 'paid',
  ...fields,
});

describe('readStripeEvent', () => {
  it('reads a paid session, a session that pays later, and its outcome', () => {
    expect(readStripeEvent(event('checkout.session.completed', session()))).toMatchObject({
      kind: 'checkout_paid',
      eventId: 'evt_1',
      stripeAccountId: 'acct_1',
      sessionId: 'cs_test_1',
      attemptId: 'att-1',
      paymentIntentId: 'pi_1',
      occurredAt: new Date(1764590100 * 1000),
    });
    expect(readStripeEvent(event('checkout.session.completed', session({ payment_status: 'unpaid' }))).kind).toBe(
      'checkout_pending',
    );
    expect(readStripeEvent(event('checkout.session.async_payment_succeeded', session())).kind).toBe('checkout_paid');
    expect(readStripeEvent(event('checkout.session.async_payment_failed', session())).kind).toBe('checkout_failed');
    expect(readStripeEvent(event('checkout.session.expired', session({ payment_intent: null }))).kind).toBe(
      'checkout_expired',
    );
  });

  it('finds the attempt in the metadata when client_reference_id is missing', () => {
    const read = readStripeEvent(
      event('checkout.session.completed', session({ client_reference_id: null, metadata: { attemptId: 'att-2' } })),
    );
    expect(read).toMatchObject({ attemptId: 'att-2' });
  });

  it('reads a refund as the cumulative amount, and leaves other events alone', () => {
    expect(
      readStripeEvent(event('charge.refunded', { id: 'ch_1', payment_intent: 'pi_1', amount_refunded: 2500 })),
    ).toMatchObject({ kind: 'refunded', paymentIntentId: 'pi_1', amountRefunded: 2500 });
    expect(readStripeEvent(event('payment_intent.succeeded', { id: 'pi_1' }))).toMatchObject({
      kind: 'other',
      type: 'payment_intent.succeeded',
    });
  });
});

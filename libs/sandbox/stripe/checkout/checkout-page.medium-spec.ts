import Stripe from 'stripe';
import { startStripeSandbox, type StripeSandbox } from '../index';
import { connectAccount, REDIRECT_URI } from '../testing/connect';
import { sandboxStripe, sessionParams } from '../testing/sdk';

/** Submits the hosted page's form as a browser would, without following the redirect. */
async function submit(url: string, fields: Record<string, string>): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });
}

describe('Stripe sandbox hosted checkout page', () => {
  let sandbox: StripeSandbox;
  let stripe: Stripe;
  let accountId: string;

  beforeAll(async () => {
    sandbox = await startStripeSandbox({ redirectUris: [REDIRECT_URI] });
    stripe = sandboxStripe(sandbox);
    accountId = await connectAccount(sandbox, stripe, { business_name: 'Bloom & Wild Florists' });
  });
  afterAll(() => sandbox.close());

  const onAccount = () => ({ stripeAccount: accountId });
  const newSession = () =>
    stripe.checkout.sessions.create(sessionParams({ customer_email: 'payer@example.com' }), onAccount());
  const typesFor = (sessionId: string, intentId: string | null) =>
    sandbox.admin
      .events()
      .filter((e) => {
        const object = e.data.object as { id: string; payment_intent?: string };
        return object.id === sessionId || object.id === intentId || object.payment_intent === intentId;
      })
      .map((e) => e.type);

  it('shows the business, the amount and a card field, and links back to cancel_url', async () => {
    const session = await newSession();
    const html = await (await fetch(String(session.url))).text();
    expect(html).toContain('Bloom &amp; Wild Florists');
    expect(html).toContain('£123.45');
    expect(html).toContain('name="card_number"');
    expect(html).toContain('Bank debit (Bacs, pays later)');
    expect(html).toContain('href="https://settle.example/p/TOKEN"');
  });

  it('pays with 4242…: redirects to success_url with the session id, session paid, PaymentIntent succeeded with a charge', async () => {
    const session = await newSession();
    const response = await submit(String(session.url), {
      method: 'card',
      card_number: '4242 4242 4242 4242',
      name: 'Ann Payer',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`https://settle.example/p/TOKEN/done?session_id=${session.id}`);

    const paid = await stripe.checkout.sessions.retrieve(
      session.id,
      { expand: ['payment_intent.latest_charge'] },
      onAccount(),
    );
    expect(paid).toMatchObject({
      status: 'complete',
      payment_status: 'paid',
      url: null,
      customer_details: { email: 'payer@example.com', name: 'Ann Payer' },
    });
    const intent = paid.payment_intent as Stripe.PaymentIntent;
    expect(intent).toMatchObject({
      status: 'succeeded',
      amount: 12345,
      amount_received: 12345,
      currency: 'gbp',
      metadata: { invoice_id: 'inv_42', attempt_id: 'att_01' },
    });
    const charge = intent.latest_charge as Stripe.Charge;
    expect(charge).toMatchObject({ status: 'succeeded', paid: true, amount: 12345, payment_intent: intent.id });
    expect(charge.id).toMatch(/^ch_/);

    const fetched = await stripe.paymentIntents.retrieve(intent.id, undefined, onAccount());
    expect(fetched.latest_charge).toBe(charge.id);
    expect(await stripe.charges.retrieve(charge.id, undefined, onAccount())).toMatchObject({ amount_refunded: 0 });
    expect(typesFor(session.id, intent.id)).toEqual([
      'charge.succeeded',
      'payment_intent.succeeded',
      'checkout.session.completed',
    ]);

    const again = await (await fetch(sandbox.checkoutPageUrl(session.id))).text();
    expect(again).toContain('This payment is complete');
  });

  it('declines 4000…0002: the page says so, the session stays open, then 4242 pays on the same PaymentIntent', async () => {
    const session = await newSession();
    const declined = await submit(String(session.url), { method: 'card', card_number: '4000000000000002' });
    expect(declined.status).toBe(200);
    expect(await declined.text()).toContain('Your card was declined.');
    const open = await stripe.checkout.sessions.retrieve(session.id, undefined, onAccount());
    expect(open).toMatchObject({ status: 'open', payment_status: 'unpaid' });
    const intentId = String(open.payment_intent);
    const intent = await stripe.paymentIntents.retrieve(intentId, undefined, onAccount());
    expect(intent).toMatchObject({
      status: 'requires_payment_method',
      last_payment_error: { code: 'card_declined', decline_code: 'generic_decline' },
    });

    const paid = await submit(String(session.url), { method: 'card', card_number: '4242424242424242' });
    expect(paid.status).toBe(303);
    const done = await stripe.checkout.sessions.retrieve(session.id, undefined, onAccount());
    expect(done).toMatchObject({ payment_status: 'paid', payment_intent: intentId });
    expect(typesFor(session.id, intentId)).toEqual([
      'charge.failed',
      'payment_intent.payment_failed',
      'charge.succeeded',
      'payment_intent.succeeded',
      'checkout.session.completed',
    ]);
  });

  it('refuses a number that is not a test card without touching the session', async () => {
    const session = await newSession();
    const response = await submit(String(session.url), { method: 'card', card_number: '1234' });
    expect(await response.text()).toContain('Your card number is incorrect');
    expect((await stripe.checkout.sessions.retrieve(session.id, undefined, onAccount())).payment_intent).toBeNull();
  });

  it('pays later by bank debit: complete but unpaid until settled as succeeded', async () => {
    const session = await newSession();
    const response = await submit(String(session.url), { method: 'delayed' });
    expect(response.status).toBe(303);
    const waiting = await stripe.checkout.sessions.retrieve(session.id, undefined, onAccount());
    expect(waiting).toMatchObject({ status: 'complete', payment_status: 'unpaid' });
    const intentId = String(waiting.payment_intent);
    expect((await stripe.paymentIntents.retrieve(intentId, undefined, onAccount())).status).toBe('processing');

    sandbox.admin.settleAsync(session.id, 'succeeded');
    expect(await stripe.checkout.sessions.retrieve(session.id, undefined, onAccount())).toMatchObject({
      status: 'complete',
      payment_status: 'paid',
    });
    expect((await stripe.paymentIntents.retrieve(intentId, undefined, onAccount())).status).toBe('succeeded');
    expect(typesFor(session.id, intentId)).toEqual([
      'charge.pending',
      'payment_intent.processing',
      'checkout.session.completed',
      'charge.succeeded',
      'payment_intent.succeeded',
      'checkout.session.async_payment_succeeded',
    ]);
  });

  it('pays later by bank debit that then fails: async_payment_failed, session stays unpaid', async () => {
    const session = await newSession();
    expect(sandbox.admin.pay(session.id, { delayed: true }).kind).toBe('processing');
    sandbox.admin.settleAsync(session.id, 'failed');
    const failed = await stripe.checkout.sessions.retrieve(session.id, undefined, onAccount());
    expect(failed).toMatchObject({ status: 'complete', payment_status: 'unpaid' });
    const intent = await stripe.paymentIntents.retrieve(String(failed.payment_intent), undefined, onAccount());
    expect(intent.status).toBe('requires_payment_method');
    expect(typesFor(session.id, intent.id).slice(-3)).toEqual([
      'charge.failed',
      'payment_intent.payment_failed',
      'checkout.session.async_payment_failed',
    ]);
    expect(() => sandbox.admin.settleAsync(session.id, 'succeeded')).toThrow(/no delayed payment/);
  });

  it('offers no bank debit where the currency has none, and shows a page without success_url', async () => {
    const session = await stripe.checkout.sessions.create(
      sessionParams({
        success_url: undefined,
        line_items: [{ quantity: 1, price_data: { currency: 'jpy', unit_amount: 5000, product_data: { name: 'X' } } }],
      }),
      onAccount(),
    );
    expect(session.payment_method_types).toEqual(['card']);
    const html = await (await fetch(String(session.url))).text();
    expect(html).not.toContain('pays later');
    const response = await submit(String(session.url), { method: 'card', card_number: '4242424242424242' });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Payment successful');
  });

  it('expiring a session after a declined attempt cancels its PaymentIntent', async () => {
    const session = await newSession();
    sandbox.admin.pay(session.id, { card: '4000000000009995' });
    await stripe.checkout.sessions.expire(session.id, undefined, onAccount());
    const intentId = String(sandbox.admin.session(session.id).payment_intent);
    expect((await stripe.paymentIntents.retrieve(intentId, undefined, onAccount())).status).toBe('canceled');
  });
});

import Stripe from 'stripe';
import { startStripeSandbox, type StripeSandbox } from '../index';
import { connectAccount, REDIRECT_URI } from '../testing/connect';
import { sandboxStripe, sessionParams } from '../testing/sdk';

describe('Stripe sandbox refunds', () => {
  let sandbox: StripeSandbox;
  let stripe: Stripe;
  let accountId: string;

  beforeAll(async () => {
    sandbox = await startStripeSandbox({ redirectUris: [REDIRECT_URI] });
    stripe = sandboxStripe(sandbox);
    accountId = await connectAccount(sandbox, stripe);
  });
  afterAll(() => sandbox.close());

  const paidIntent = async (): Promise<string> => {
    const session = await stripe.checkout.sessions.create(sessionParams(), { stripeAccount: accountId });
    sandbox.admin.pay(session.id);
    return String(sandbox.admin.session(session.id).payment_intent);
  };
  const refundedEvents = (chargeId: string) =>
    sandbox.admin.events('charge.refunded').filter((e) => (e.data.object as { id: string }).id === chargeId);

  it('admin.refund refunds in part, then the rest: charge.refunded with a cumulative amount_refunded', async () => {
    const intentId = await paidIntent();
    const chargeId = String(sandbox.admin.paymentIntent(intentId).latest_charge);

    const part = sandbox.admin.refund(intentId, 2345);
    expect(part).toMatchObject({
      object: 'refund',
      amount: 2345,
      charge: chargeId,
      payment_intent: intentId,
      status: 'succeeded',
    });
    expect(part.id).toMatch(/^re_/);
    sandbox.admin.refund(intentId);

    const events = refundedEvents(chargeId);
    expect(events.map((e) => e.data.object)).toEqual([
      expect.objectContaining({ amount_refunded: 2345, refunded: false }),
      expect.objectContaining({ amount_refunded: 12345, refunded: true }),
    ]);
    expect(events[0]).toMatchObject({ account: accountId, data: { previous_attributes: { amount_refunded: 0 } } });
    expect(await stripe.charges.retrieve(chargeId, undefined, { stripeAccount: accountId })).toMatchObject({
      amount_refunded: 12345,
      refunded: true,
    });
    expect(() => sandbox.admin.refund(intentId, 1)).toThrow(/already been refunded/);
  });

  it('POST /v1/refunds through the SDK, refusing more than is left', async () => {
    const intentId = await paidIntent();
    const refund = await stripe.refunds.create(
      { payment_intent: intentId, amount: 1000, reason: 'requested_by_customer' },
      { stripeAccount: accountId, idempotencyKey: `refund-${intentId}` },
    );
    expect(refund).toMatchObject({ amount: 1000, reason: 'requested_by_customer' });
    const replay = await stripe.refunds.create(
      { payment_intent: intentId, amount: 1000, reason: 'requested_by_customer' },
      { stripeAccount: accountId, idempotencyKey: `refund-${intentId}` },
    );
    expect(replay.id).toBe(refund.id);
    const [event] = refundedEvents(refund.charge as string);
    expect(event.request).toEqual({ id: refund.lastResponse.requestId, idempotency_key: `refund-${intentId}` });

    await expect(
      stripe.refunds.create({ payment_intent: intentId, amount: 20000 }, { stripeAccount: accountId }),
    ).rejects.toMatchObject({
      statusCode: 400,
      param: 'amount',
      message: expect.stringContaining('greater than unrefunded amount'),
    });
    await expect(stripe.refunds.retrieve(refund.id, undefined, { stripeAccount: accountId })).resolves.toMatchObject({
      id: refund.id,
    });
  });

  it('refuses to refund a PaymentIntent that has not succeeded, or one of another account', async () => {
    const session = await stripe.checkout.sessions.create(sessionParams(), { stripeAccount: accountId });
    sandbox.admin.pay(session.id, { delayed: true });
    const intentId = String(sandbox.admin.session(session.id).payment_intent);
    await expect(
      stripe.refunds.create({ payment_intent: intentId }, { stripeAccount: accountId }),
    ).rejects.toMatchObject({ code: 'charge_not_refundable' });
    await expect(stripe.refunds.create({ payment_intent: intentId })).rejects.toMatchObject({
      statusCode: 404,
      code: 'resource_missing',
      param: 'payment_intent',
    });
  });
});

import Stripe from 'stripe';
import { startStripeSandbox, type StripeSandbox } from '../index';
import { connectAccount, REDIRECT_URI } from '../testing/connect';
import { sandboxStripe, sessionParams } from '../testing/sdk';

describe('Stripe sandbox Checkout Sessions', () => {
  let sandbox: StripeSandbox;
  let stripe: Stripe;
  let accountId: string;

  beforeAll(async () => {
    sandbox = await startStripeSandbox({ redirectUris: [REDIRECT_URI] });
    stripe = sandboxStripe(sandbox);
    accountId = await connectAccount(sandbox, stripe);
  });
  afterAll(() => sandbox.close());

  const onAccount = (idempotencyKey?: string) => ({
    stripeAccount: accountId,
    ...(idempotencyKey ? { idempotencyKey } : {}),
  });

  it('creates an open session on the connected account, shaped as Stripe serves it', async () => {
    const created = await stripe.checkout.sessions.create(sessionParams(), onAccount());
    expect(created).toMatchObject({
      object: 'checkout.session',
      mode: 'payment',
      status: 'open',
      payment_status: 'unpaid',
      amount_subtotal: 12345,
      amount_total: 12345,
      currency: 'gbp',
      client_reference_id: 'att_01',
      metadata: { invoice_id: 'inv_42', attempt_id: 'att_01' },
      payment_intent: null,
      livemode: false,
      ui_mode: 'hosted_page',
      success_url: 'https://settle.example/p/TOKEN/done?session_id={CHECKOUT_SESSION_ID}',
    });
    expect(created.id).toMatch(/^cs_test_/);
    expect(created.url).toBe(sandbox.checkoutPageUrl(created.id));
    expect(created.expires_at - created.created).toBe(24 * 3600);
    expect(created.lastResponse.requestId).toMatch(/^req_/);
    expect(created).not.toHaveProperty('payment_intent_data');

    const retrieved = await stripe.checkout.sessions.retrieve(created.id, undefined, onAccount());
    expect(retrieved.id).toBe(created.id);
  });

  it('keeps a connected account’s session out of the platform’s reach (404 resource_missing)', async () => {
    const created = await stripe.checkout.sessions.create(sessionParams(), onAccount());
    const fromPlatform = stripe.checkout.sessions.retrieve(created.id);
    await expect(fromPlatform).rejects.toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    await expect(fromPlatform).rejects.toMatchObject({ statusCode: 404, code: 'resource_missing' });
  });

  it('refuses stripeAccount passed as a parameter by mistake (sent as ?stripeAccount=)', async () => {
    const created = await stripe.checkout.sessions.create(sessionParams(), onAccount());
    // The 22.x+ signature is retrieve(id, params, options): this puts the option in the query string.
    const misused = stripe.checkout.sessions.retrieve(created.id, { stripeAccount: accountId } as never);
    await expect(misused).rejects.toMatchObject({ code: 'parameter_unknown', param: 'stripeAccount' });
  });

  it('replays the first answer for the same Idempotency-Key and parameters, with Idempotent-Replayed', async () => {
    const key = `settle:attempt:${Date.now()}:session`;
    const first = await stripe.checkout.sessions.create(sessionParams(), onAccount(key));
    const again = await stripe.checkout.sessions.create(sessionParams(), onAccount(key));
    expect(again.id).toBe(first.id);
    expect(again.lastResponse.headers['idempotent-replayed']).toBe('true');
    expect(again.lastResponse.idempotencyKey).toBe(key);
    expect(sandbox.admin.sessions().filter((s) => s.id === first.id)).toHaveLength(1);
  });

  it('answers 400 idempotency_error for the same key with other parameters', async () => {
    const key = `key-${Date.now()}`;
    await stripe.checkout.sessions.create(sessionParams(), onAccount(key));
    const other = stripe.checkout.sessions.create(sessionParams({ client_reference_id: 'att_02' }), onAccount(key));
    await expect(other).rejects.toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    await expect(other).rejects.toMatchObject({
      statusCode: 400,
      rawType: 'idempotency_error',
      message: expect.stringContaining(`Try using a key other than '${key}'`),
    });
  });

  it('scopes keys per account and does not store a validation failure', async () => {
    const key = `scoped-${Date.now()}`;
    const platformSession = await stripe.checkout.sessions.create(sessionParams(), { idempotencyKey: key });
    const accountSession = await stripe.checkout.sessions.create(sessionParams(), onAccount(key));
    expect(accountSession.id).not.toBe(platformSession.id);

    const badKey = `bad-${Date.now()}`;
    await expect(
      stripe.checkout.sessions.create(sessionParams({ line_items: [] }), onAccount(badKey)),
    ).rejects.toMatchObject({ code: 'parameter_missing', param: 'line_items' });
    const fixed = await stripe.checkout.sessions.create(sessionParams(), onAccount(badKey));
    expect(fixed.lastResponse.headers['idempotent-replayed']).toBeUndefined();
  });

  it('runs the request again once keys are pruned (24 h)', async () => {
    const key = `pruned-${Date.now()}`;
    const first = await stripe.checkout.sessions.create(sessionParams(), onAccount(key));
    sandbox.admin.pruneIdempotencyKeys();
    const second = await stripe.checkout.sessions.create(sessionParams(), onAccount(key));
    expect(second.id).not.toBe(first.id);
  });

  it.each([
    ['jpy', 5000, '¥5,000'],
    ['bhd', 12340, 'BHD 12.340'],
    ['gbp', 12345, '£123.45'],
  ])(
    'takes %s amounts in Stripe minor units (%i) and shows them on the page as %s',
    async (currency, amount, shown) => {
      const session = await stripe.checkout.sessions.create(
        sessionParams({
          line_items: [
            { quantity: 1, price_data: { currency, unit_amount: amount, product_data: { name: 'Invoice' } } },
          ],
        }),
        onAccount(),
      );
      expect(session.amount_total).toBe(amount);
      const html = await (await fetch(String(session.url))).text();
      expect(html.replace(/\u00a0/g, ' ')).toContain(shown);
    },
  );

  it('refuses a three-decimal amount that is not rounded to tens and a total under the minimum charge', async () => {
    const bhd = stripe.checkout.sessions.create(
      sessionParams({
        line_items: [{ quantity: 1, price_data: { currency: 'bhd', unit_amount: 12345, product_data: { name: 'X' } } }],
      }),
      onAccount(),
    );
    await expect(bhd).rejects.toMatchObject({ statusCode: 400, param: 'line_items[0][price_data][unit_amount]' });
    const tiny = stripe.checkout.sessions.create(
      sessionParams({
        line_items: [{ quantity: 1, price_data: { currency: 'gbp', unit_amount: 29, product_data: { name: 'X' } } }],
      }),
      onAccount(),
    );
    await expect(tiny).rejects.toMatchObject({ code: 'amount_too_small' });
  });

  it('sums several lines and quantities', async () => {
    const session = await stripe.checkout.sessions.create(
      sessionParams({
        line_items: [
          { quantity: 2, price_data: { currency: 'eur', unit_amount: 1000, product_data: { name: 'A' } } },
          { quantity: 1, price_data: { currency: 'eur', unit_amount: 550, product_data: { name: 'B' } } },
        ],
      }),
      onAccount(),
    );
    expect(session.amount_total).toBe(2550);
    expect(session.payment_method_types).toEqual(['card', 'sepa_debit']);
  });

  it('checks expires_at against 30 minutes and 24 hours', async () => {
    const now = Math.floor(Date.now() / 1000);
    const ok = await stripe.checkout.sessions.create(sessionParams({ expires_at: now + 3600 }), onAccount());
    expect(ok.expires_at).toBe(now + 3600);
    await expect(
      stripe.checkout.sessions.create(sessionParams({ expires_at: now + 60 }), onAccount()),
    ).rejects.toMatchObject({ param: 'expires_at' });
    await expect(
      stripe.checkout.sessions.create(sessionParams({ expires_at: now + 25 * 3600 }), onAccount()),
    ).rejects.toMatchObject({ param: 'expires_at' });
  });

  it('refuses unknown parameters and bad metadata as Stripe does', async () => {
    await expect(
      stripe.checkout.sessions.create(
        { ...sessionParams(), colour: 'blue' } as Stripe.Checkout.SessionCreateParams,
        onAccount(),
      ),
    ).rejects.toMatchObject({
      code: 'parameter_unknown',
      param: 'colour',
      message: 'Received unknown parameter: colour',
    });
    await expect(
      stripe.checkout.sessions.create(sessionParams({ metadata: { ['k'.repeat(41)]: 'v' } }), onAccount()),
    ).rejects.toMatchObject({ statusCode: 400 });
  });

  it('expires an open session (checkout.session.expired) and refuses to expire it twice', async () => {
    const session = await stripe.checkout.sessions.create(sessionParams(), onAccount());
    const expired = await stripe.checkout.sessions.expire(session.id, undefined, onAccount());
    expect(expired).toMatchObject({ status: 'expired', url: null });
    await expect(stripe.checkout.sessions.expire(session.id, undefined, onAccount())).rejects.toMatchObject({
      statusCode: 400,
    });
    const event = sandbox.admin
      .events('checkout.session.expired')
      .find((e) => (e.data.object as { id: string }).id === session.id);
    expect(event).toMatchObject({ account: accountId, request: { id: expired.lastResponse.requestId } });
  });

  it('admin.expireSession expires an open session as if expires_at had passed (the page says so)', async () => {
    const session = await stripe.checkout.sessions.create(sessionParams(), onAccount());
    sandbox.admin.expireSession(session.id);
    const page = await (await fetch(sandbox.checkoutPageUrl(session.id))).text();
    expect(page).toContain('expired');
    await expect(stripe.checkout.sessions.retrieve(session.id, undefined, onAccount())).resolves.toMatchObject({
      status: 'expired',
    });
  });

  it('refuses sessions on an account that cannot take charges', async () => {
    sandbox.admin.setNewAccountDefaults({ chargesEnabled: false });
    const restricted = await connectAccount(sandbox, stripe);
    sandbox.admin.setNewAccountDefaults({ chargesEnabled: true });
    await expect(stripe.checkout.sessions.create(sessionParams(), { stripeAccount: restricted })).rejects.toMatchObject(
      { statusCode: 400, message: expect.stringContaining('charges_enabled is false') },
    );
  });
});

import Stripe from 'stripe';
import { startStripeSandbox, type StripeSandbox } from '../index';
import { sandboxStripe, sessionParams } from '../testing/sdk';

describe('Stripe sandbox errors, rate limits and failures', () => {
  let sandbox: StripeSandbox;
  let stripe: Stripe;

  beforeAll(async () => {
    sandbox = await startStripeSandbox();
    stripe = sandboxStripe(sandbox);
  });
  afterEach(() => sandbox.admin.reset());
  afterAll(() => sandbox.close());

  it('answers a missing key with 401 and Stripe error JSON, and a Request-Id', async () => {
    const response = await fetch(`${sandbox.baseUrl}/v1/checkout/sessions/cs_test_x`);
    expect(response.status).toBe(401);
    expect(response.headers.get('request-id')).toMatch(/^req_/);
    const body = (await response.json()) as { error: { type: string; message: string } };
    expect(body.error).toMatchObject({
      type: 'invalid_request_error',
      message: expect.stringContaining('You did not provide an API key'),
    });
  });

  it('maps an unknown key to StripeAuthenticationError with a masked key', async () => {
    const stranger = sandboxStripe(sandbox, { key: 'sk_test_not_the_platform_1234' });
    const call = stranger.checkout.sessions.create(sessionParams());
    await expect(call).rejects.toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
    await expect(call).rejects.toMatchObject({
      statusCode: 401,
      message: 'Invalid API Key provided: sk_test_*****************1234',
    });
  });

  it('refuses a Stripe-Account that is not connected to the platform', async () => {
    const call = stripe.checkout.sessions.create(sessionParams(), { stripeAccount: 'acct_1Unknown' });
    await expect(call).rejects.toBeInstanceOf(Stripe.errors.StripePermissionError);
    await expect(call).rejects.toMatchObject({ code: 'account_invalid', statusCode: 403 });
  });

  it('answers the next N requests with 429 rate_limit, which the SDK does not retry by itself', async () => {
    sandbox.admin.failNext({ kind: 'rate_limit', count: 2 });
    const retrying = sandboxStripe(sandbox, { maxNetworkRetries: 2 });
    const first = retrying.checkout.sessions.create(sessionParams());
    await expect(first).rejects.toBeInstanceOf(Stripe.errors.StripeRateLimitError);
    await expect(first).rejects.toMatchObject({ code: 'rate_limit', statusCode: 429 });
    await expect(stripe.checkout.sessions.create(sessionParams())).rejects.toMatchObject({ statusCode: 429 });
    await expect(stripe.checkout.sessions.create(sessionParams())).resolves.toMatchObject({ status: 'open' });
  });

  it('sends Stripe-Should-Retry when asked, and the SDK then retries with the same Idempotency-Key', async () => {
    sandbox.admin.failNext({ kind: 'rate_limit', shouldRetry: true });
    const retrying = sandboxStripe(sandbox, { maxNetworkRetries: 1 });
    const session = await retrying.checkout.sessions.create(sessionParams());
    const attempts = sandbox.admin.requests().filter((r) => r.path === '/v1/checkout/sessions');
    expect(attempts.map((r) => r.status)).toEqual([429, 200]);
    expect(attempts[0].idempotencyKey).toBe(attempts[1].idempotencyKey);
    expect(attempts[0].idempotencyKey).toMatch(/^stripe-node-retry-/);
    expect(session.status).toBe('open');
  });

  it('answers 500 api_error (StripeAPIError), retried by the SDK when it has retries', async () => {
    sandbox.admin.failNext({ kind: 'api_error' });
    await expect(stripe.checkout.sessions.create(sessionParams())).rejects.toBeInstanceOf(Stripe.errors.StripeAPIError);
    sandbox.admin.failNext({ kind: 'api_error', pathPrefix: '/v1/checkout' });
    const retrying = sandboxStripe(sandbox, { maxNetworkRetries: 1 });
    await expect(retrying.checkout.sessions.create(sessionParams())).resolves.toMatchObject({ status: 'open' });
  });

  it('answers lock_timeout with Stripe-Should-Retry: true', async () => {
    sandbox.admin.failNext({ kind: 'lock_timeout' });
    const response = await fetch(`${sandbox.baseUrl}/v1/account`, {
      headers: { authorization: `Bearer ${sandbox.secretKey}` },
    });
    expect(response.status).toBe(429);
    expect(response.headers.get('stripe-should-retry')).toBe('true');
  });

  it('cuts the connection on demand (the SDK retries a closed socket once, even with no retries)', async () => {
    sandbox.admin.failNext({ kind: 'connection_reset' });
    await expect(stripe.checkout.sessions.create(sessionParams())).resolves.toMatchObject({ status: 'open' });
    sandbox.admin.failNext({ kind: 'connection_reset', count: 2 });
    await expect(stripe.checkout.sessions.create(sessionParams())).rejects.toBeInstanceOf(
      Stripe.errors.StripeConnectionError,
    );
  });

  it('limits requests per account per second when set (Stripe sandbox: 25)', async () => {
    sandbox.admin.setRequestsPerSecond(3);
    const answers = await Promise.allSettled(Array.from({ length: 5 }, () => stripe.accounts.retrieveCurrent()));
    expect(answers.filter((a) => a.status === 'rejected')).toHaveLength(2);
  });

  it('answers an unknown URL with Stripe’s 404', async () => {
    const response = await fetch(`${sandbox.baseUrl}/v1/nothing`, {
      headers: { authorization: `Bearer ${sandbox.secretKey}` },
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({
      error: {
        type: 'invalid_request_error',
        message: expect.stringContaining('Unrecognized request URL (GET: /v1/nothing)'),
      },
    });
  });
});

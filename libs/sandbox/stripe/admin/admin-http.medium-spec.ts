import type Stripe from 'stripe';
import { waitFor } from '../../../testing';
import { startStripeSandbox, type StripeEvent, type StripeSandbox } from '../index';
import { connectAccount, REDIRECT_URI } from '../testing/connect';
import { sandboxStripe, sessionParams } from '../testing/sdk';
import { startWebhookReceiver, type WebhookReceiver } from '../../common/testing/webhook-receiver';

describe('Stripe sandbox /admin over HTTP', () => {
  let sandbox: StripeSandbox;
  let receiver: WebhookReceiver;
  let stripe: Stripe;

  beforeAll(async () => {
    receiver = await startWebhookReceiver('/webhooks/stripe');
    sandbox = await startStripeSandbox({ redirectUris: [REDIRECT_URI] });
    stripe = sandboxStripe(sandbox);
  });
  afterAll(async () => {
    await sandbox.close();
    await receiver.close();
  });

  const call = async <T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> => {
    const response = await fetch(`${sandbox.adminUrl}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
  };

  it('mirrors the in-process admin: accounts, paying, settling, refunding, webhooks and failures', async () => {
    expect((await call('PUT', '/webhooks', { url: receiver.url, duplicateNext: 0 })).body).toMatchObject({
      url: receiver.url,
    });
    expect((await call('PUT', '/new-account', { businessName: 'Over HTTP Ltd' })).body).toMatchObject({
      businessName: 'Over HTTP Ltd',
    });
    const accountId = await connectAccount(sandbox, stripe);
    expect((await call<{ id: string }[]>('GET', '/accounts')).body.map((a) => a.id)).toEqual([accountId]);

    const session = await stripe.checkout.sessions.create(sessionParams(), { stripeAccount: accountId });
    expect((await call('POST', `/sessions/${session.id}/pay`, { delayed: true })).body).toMatchObject({
      kind: 'processing',
    });
    expect((await call('POST', `/sessions/${session.id}/settle`, { outcome: 'succeeded' })).body).toMatchObject({
      payment_status: 'paid',
    });
    const intentId = (await call<{ payment_intent: string }>('GET', `/sessions/${session.id}`)).body.payment_intent;
    expect((await call('POST', `/payment_intents/${intentId}/refund`, { amount: 100 })).body).toMatchObject({
      amount: 100,
    });
    const refunded = await call<StripeEvent[]>('GET', '/events?type=charge.refunded');
    expect(refunded.body).toHaveLength(1);

    await call('POST', '/webhooks/flush');
    await call('POST', '/webhooks/hold');
    await call('POST', `/accounts/${accountId}`, { chargesEnabled: false });
    expect((await call<StripeEvent[]>('GET', '/webhooks/held')).body.map((e) => e.type)).toEqual(['account.updated']);
    const released = await call<{ released: string[] }>('POST', '/webhooks/release', { order: 'reverse' });
    expect(released.body.released).toHaveLength(1);
    const redelivered = await call('POST', `/events/${released.body.released[0]}/redeliver`, { forgeSignature: true });
    expect(redelivered.body).toMatchObject({ forged: true, redelivery: true });
    await waitFor(() => receiver.received.length >= 1);

    await call('POST', '/failures', { kind: 'rate_limit', count: 1 });
    await expect(stripe.accounts.retrieveCurrent()).rejects.toMatchObject({ statusCode: 429 });
    expect((await call<{ status: number }[]>('GET', '/requests')).body.some((r) => r.status === 429)).toBe(true);

    expect((await call('GET', '/sessions/cs_test_nope')).status).toBe(404);
    expect((await call('POST', '/reset')).status).toBe(204);
    expect((await call('GET', '/accounts')).body).toEqual([]);
  });
});

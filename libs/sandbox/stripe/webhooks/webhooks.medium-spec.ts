import Stripe from 'stripe';
import { eventually, waitFor } from '../../../testing';
import { SANDBOX_API_VERSION, startStripeSandbox, type StripeSandbox } from '../index';
import { connectAccount, REDIRECT_URI } from '../testing/connect';
import { sandboxStripe, sessionParams } from '../testing/sdk';
import {
  startWebhookReceiver,
  type ReceivedWebhook,
  type WebhookReceiver,
} from '../../common/testing/webhook-receiver';

describe('Stripe sandbox webhooks', () => {
  let sandbox: StripeSandbox;
  let receiver: WebhookReceiver;
  let stripe: Stripe;
  let accountId: string;

  beforeAll(async () => {
    receiver = await startWebhookReceiver('/webhooks/stripe');
    sandbox = await startStripeSandbox({
      redirectUris: [REDIRECT_URI],
      webhookUrl: receiver.url,
      webhookRetryDelaysMs: [50, 100, 200],
    });
    stripe = sandboxStripe(sandbox);
  });
  beforeEach(async () => {
    await sandbox.admin.flushWebhooks();
    sandbox.admin.reset();
    receiver.clear();
    accountId = await connectAccount(sandbox, stripe);
  });
  afterAll(async () => {
    await sandbox.close();
    await receiver.close();
  });

  const verify = (delivery: ReceivedWebhook): Stripe.Event =>
    stripe.webhooks.constructEvent(
      delivery.rawBody,
      String(delivery.headers['stripe-signature']),
      sandbox.webhookSecret,
    );
  const paidSession = async () => {
    const session = await stripe.checkout.sessions.create(sessionParams(), { stripeAccount: accountId });
    sandbox.admin.pay(session.id);
    return session;
  };
  const sessionEvents = () => sandbox.admin.events().filter((e) => e.account === accountId && e.type.startsWith('c'));

  it('POSTs each event signed with Stripe-Signature, verifiable by stripe.webhooks.constructEvent', async () => {
    const session = await paidSession();
    await waitFor(() => receiver.received.length >= 3);
    const events = receiver.received.map(verify);
    // Stripe does not promise an order, and the sandbox sends each event on its own.
    expect(events.map((e) => e.type).sort()).toEqual([
      'charge.succeeded',
      'checkout.session.completed',
      'payment_intent.succeeded',
    ]);
    const completed = events.find((e) => e.type === 'checkout.session.completed') as Stripe.Event;
    expect(completed).toMatchObject({
      object: 'event',
      account: accountId,
      api_version: SANDBOX_API_VERSION,
      livemode: false,
      pending_webhooks: 1,
      data: { object: { id: session.id, status: 'complete', payment_status: 'paid', client_reference_id: 'att_01' } },
    });
    expect(completed.id).toMatch(/^evt_/);
    expect(Math.abs(completed.created - Date.now() / 1000)).toBeLessThan(60);
    expect(receiver.received[0].headers['content-type']).toBe('application/json; charset=utf-8');
    expect(receiver.received[0].headers['user-agent']).toContain('Stripe/1.0');

    const fetched = await stripe.events.retrieve(completed.id, undefined, { stripeAccount: accountId });
    expect(fetched.type).toBe('checkout.session.completed');
    await expect(stripe.events.retrieve(completed.id)).rejects.toMatchObject({ statusCode: 404 });
  });

  it('retries a delivery the receiver refuses, with the same body, until it answers 2xx', async () => {
    receiver.answerWith(500, 503);
    const session = await stripe.checkout.sessions.create(sessionParams(), { stripeAccount: accountId });
    await stripe.checkout.sessions.expire(session.id, undefined, { stripeAccount: accountId });
    await waitFor(() => receiver.received.length === 3);
    expect(receiver.received.map((r) => r.status)).toEqual([500, 503, 200]);
    expect(new Set(receiver.received.map((r) => r.rawBody)).size).toBe(1);
    expect(receiver.received.map(verify).every((e) => e.type === 'checkout.session.expired')).toBe(true);
    await eventually(() => expect(sandbox.admin.webhookDeliveries().map((d) => d.attempt)).toEqual([1, 2, 3]));
  });

  it('gives up after the configured retries', async () => {
    receiver.answerWith(500, 500, 500, 500, 500);
    const session = await stripe.checkout.sessions.create(sessionParams(), { stripeAccount: accountId });
    await stripe.checkout.sessions.expire(session.id, undefined, { stripeAccount: accountId });
    await waitFor(() => receiver.received.length === 4);
    await eventually(() => {
      expect(sandbox.admin.webhookDeliveries().map((d) => d.attempt)).toEqual([1, 2, 3, 4]);
      expect(sandbox.admin.scheduledWebhooks()).toBe(0);
    });
    await sandbox.admin.flushWebhooks();
    expect(receiver.received).toHaveLength(4);
  });

  it('duplicates the next events on demand', async () => {
    sandbox.admin.configureWebhooks({ duplicateNext: 3 });
    await paidSession();
    await waitFor(() => receiver.received.length >= 6);
    const ids = receiver.received.map(verify).map((e) => e.id);
    expect(new Set(ids).size).toBe(3);
    await eventually(() => expect(sandbox.admin.webhookDeliveries().filter((d) => d.duplicate)).toHaveLength(3));
  });

  it('holds events and releases them in reverse order', async () => {
    sandbox.admin.holdWebhooks();
    await paidSession();
    expect(sandbox.admin.heldEvents()).toHaveLength(3);
    expect(receiver.received).toHaveLength(0);
    const released = await sandbox.admin.releaseWebhooks('reverse');
    expect(receiver.received.map(verify).map((e) => e.id)).toEqual(released);
    expect(receiver.received.map(verify).map((e) => e.type)).toEqual([
      'checkout.session.completed',
      'payment_intent.succeeded',
      'charge.succeeded',
    ]);
  });

  it('delays deliveries on demand', async () => {
    sandbox.admin.configureWebhooks({ delayMs: 300 });
    const started = Date.now();
    await paidSession();
    await waitFor(() => receiver.received.length >= 3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
  });

  it('records when each delivery was sent and how long the receiver took to answer', async () => {
    receiver.answerAfter(150);
    const before = Date.now();
    await paidSession();
    await eventually(() => expect(sandbox.admin.webhookDeliveries()).toHaveLength(3));
    for (const delivery of sandbox.admin.webhookDeliveries()) {
      expect(delivery.durationMs).toBeGreaterThanOrEqual(145);
      expect(Date.parse(delivery.sentAt)).toBeGreaterThanOrEqual(before);
    }
  });

  it('redelivers a given event with the same body and a fresh signature', async () => {
    await paidSession();
    await waitFor(() => receiver.received.length >= 3);
    await sandbox.admin.flushWebhooks();
    const completed = sessionEvents().find((e) => e.type === 'checkout.session.completed');
    const delivery = await sandbox.admin.redeliver(String(completed?.id));
    expect(delivery).toMatchObject({ redelivery: true, status: 200, attempt: 2 });
    const last = receiver.received[receiver.received.length - 1];
    expect(verify(last).id).toBe(completed?.id);
  });

  it('forges signatures on demand, which constructEvent refuses', async () => {
    sandbox.admin.configureWebhooks({ forgeNext: 1 });
    await paidSession();
    await waitFor(() => receiver.received.length >= 3);
    const valid = receiver.received.filter((r) => {
      try {
        return Boolean(verify(r));
      } catch (error) {
        expect(error).toBeInstanceOf(Stripe.errors.StripeSignatureVerificationError);
        return false;
      }
    });
    expect(valid).toHaveLength(2);
    await eventually(() => expect(sandbox.admin.webhookDeliveries().filter((d) => d.forged)).toHaveLength(1));

    const completed = sessionEvents().find((e) => e.type === 'checkout.session.completed');
    const forged = await sandbox.admin.redeliver(String(completed?.id), { forgeSignature: true });
    expect(forged.forged).toBe(true);
    expect(() => verify(receiver.received[receiver.received.length - 1])).toThrow(
      Stripe.errors.StripeSignatureVerificationError,
    );
  });

  it('only stores events when no webhook URL is set', async () => {
    sandbox.admin.configureWebhooks({ url: undefined });
    await paidSession();
    await sandbox.admin.flushWebhooks();
    expect(receiver.received).toHaveLength(0);
    expect(sessionEvents().every((e) => e.pending_webhooks === 0)).toBe(true);
  });
});

import type { AxiosInstance } from 'axios';
import type { CrezcoWebhookEvent } from '../../../crezco';
import { eventually, waitFor } from '../../../testing';
import { startCrezcoSandbox, type CrezcoSandbox } from '../index';
import { createPayDemand, crezcoClient } from '../testing/client';
import { startCrezcoWebhookReceiver, type CrezcoWebhookReceiver } from '../testing/webhook-receiver';

describe('Crezco sandbox webhooks', () => {
  let sandbox: CrezcoSandbox;
  let receiver: CrezcoWebhookReceiver;
  let crezco: AxiosInstance;

  beforeAll(async () => {
    receiver = await startCrezcoWebhookReceiver();
    sandbox = await startCrezcoSandbox({ webhookUrl: receiver.url });
    crezco = crezcoClient(sandbox);
  });
  beforeEach(async () => {
    await sandbox.admin.flushWebhooks();
    sandbox.admin.reset();
    sandbox.admin.configure({ statusTimings: { acceptedAfterMs: 20, completedAfterMs: 20 } });
    receiver.clear();
  });
  afterAll(async () => {
    await sandbox.close();
    await receiver.close();
  });

  const types = () => receiver.events().map((e) => e.eventType);

  it('POSTs each event unsigned as a JSON array: PaymentPending, then PaymentCompleted', async () => {
    const { demand } = await createPayDemand(sandbox);
    const payment = sandbox.admin.pay(demand.payDemandId);
    await waitFor(() => receiver.received.length >= 2);
    expect(types()).toEqual(['PaymentPending', 'PaymentCompleted']);
    const [first] = receiver.received;
    expect(first.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(Object.keys(first.headers).filter((h) => /signature|hmac|crezco/i.test(h))).toEqual([]);
    const body = JSON.parse(receiver.received[1].rawBody) as CrezcoWebhookEvent[];
    expect(body).toEqual([
      {
        type: 'Payment',
        eventType: 'PaymentCompleted',
        id: payment.id,
        metadata: { payDemandId: demand.payDemandId },
        partnerMetadata: { settleAttemptId: 'att-1', accountId: 'acc-1' },
        timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z$/),
      },
    ]);
  });

  it('sends PaymentFailed for a payment the payer cancels', async () => {
    const { demand } = await createPayDemand(sandbox);
    sandbox.admin.pay(demand.payDemandId, { decision: 'cancel' });
    await waitFor(() => receiver.received.length >= 2);
    expect(types()).toEqual(['PaymentPending', 'PaymentFailed']);
  });

  it('follows the configured shapes: a bare object, the demand as id, empty partnerMetadata, PaymentAccepted', async () => {
    sandbox.admin.configure({
      webhookBody: 'object',
      webhookEventId: 'payDemand',
      partnerMetadata: 'empty',
      acceptedEvents: true,
    });
    const { demand } = await createPayDemand(sandbox);
    sandbox.admin.pay(demand.payDemandId);
    await waitFor(() => receiver.received.length >= 3);
    expect(types()).toEqual(['PaymentPending', 'PaymentAccepted', 'PaymentCompleted']);
    const event = JSON.parse(receiver.received[0].rawBody) as CrezcoWebhookEvent;
    expect(event).toMatchObject({ id: demand.payDemandId, partnerMetadata: {} });
  });

  it('registers, lists and deletes webhooks through the API, each getting only its event types', async () => {
    const other = await startCrezcoWebhookReceiver('/other');
    try {
      const made = await crezco.post('/v1/webhooks', {
        type: 'Payment',
        eventType: 'PaymentCompleted',
        callback: other.url,
      });
      expect(made.status).toBe(201);
      expect(typeof made.data).toBe('string');
      const again = await crezco.post('/v1/webhooks', {
        type: 'Payment',
        eventType: 'PaymentCompleted',
        callback: other.url,
      });
      expect(again.status).toBe(409);
      const bad = await crezco.post('/v1/webhooks', { type: 'Invoice', eventType: 'Everything', callback: 'nope' });
      expect(bad.data).toMatchObject({
        status: 400,
        errors: { type: [expect.any(String)], eventType: [expect.any(String)], callback: [expect.any(String)] },
      });
      const listed = await crezco.get('/v1/webhooks');
      expect(listed.data).toEqual(
        expect.arrayContaining([
          { id: made.data, type: 'Payment', eventType: 'PaymentCompleted', callback: other.url },
          expect.objectContaining({ eventType: 'PaymentAll', callback: receiver.url }),
        ]),
      );

      const { demand } = await createPayDemand(sandbox);
      sandbox.admin.pay(demand.payDemandId);
      await waitFor(() => other.received.length >= 1 && receiver.received.length >= 2);
      expect(other.events().map((e) => e.eventType)).toEqual(['PaymentCompleted']);

      expect((await crezco.delete(`/v1/webhooks/${String(made.data)}`)).status).toBe(204);
      expect((await crezco.delete(`/v1/webhooks/${String(made.data)}`)).status).toBe(404);
    } finally {
      await other.close();
    }
  });

  it('duplicates the next events on demand', async () => {
    sandbox.admin.configureWebhooks({ duplicate: 2 });
    const { demand } = await createPayDemand(sandbox);
    sandbox.admin.pay(demand.payDemandId);
    await waitFor(() => receiver.received.length >= 4);
    await sandbox.admin.flushWebhooks();
    expect(types()).toEqual(['PaymentPending', 'PaymentPending', 'PaymentCompleted', 'PaymentCompleted']);
    expect(receiver.received[2].rawBody).toBe(receiver.received[3].rawBody);
    expect(sandbox.admin.webhookDeliveries().filter((d) => d.duplicate)).toHaveLength(2);
    expect(sandbox.admin.webhookMischief().duplicate).toBe(0);
  });

  it('drops the next events on demand: lost, never delivered', async () => {
    sandbox.admin.configureWebhooks({ drop: 2 });
    const { demand } = await createPayDemand(sandbox);
    const payment = sandbox.admin.pay(demand.payDemandId);
    await eventually(() => expect(sandbox.admin.payment(payment.id).status.code).toBe('Completed'));
    await sandbox.admin.flushWebhooks();
    expect(receiver.received).toHaveLength(0);
    expect(sandbox.admin.droppedWebhooks().map((d) => d.event.eventType)).toEqual([
      'PaymentPending',
      'PaymentCompleted',
    ]);
  });

  it('delays deliveries on demand', async () => {
    sandbox.admin.configureWebhooks({ delayMs: 300 });
    const { demand } = await createPayDemand(sandbox);
    const started = Date.now();
    sandbox.admin.pay(demand.payDemandId, { decision: 'fail' });
    expect(sandbox.admin.scheduledWebhooks()).toBe(2);
    await waitFor(() => receiver.received.length >= 2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('holds events and releases them late, in reverse order', async () => {
    sandbox.admin.configureWebhooks({ hold: true });
    const { demand } = await createPayDemand(sandbox);
    const payment = sandbox.admin.pay(demand.payDemandId);
    await eventually(() => expect(sandbox.admin.heldWebhooks()).toHaveLength(2));
    expect(receiver.received).toHaveLength(0);
    const released = await sandbox.admin.releaseWebhooks('reverse');
    expect(released.map((e) => e.eventType)).toEqual(['PaymentCompleted', 'PaymentPending']);
    expect(types()).toEqual(['PaymentCompleted', 'PaymentPending']);
    expect(receiver.events().every((e) => e.id === payment.id)).toBe(true);
    expect(sandbox.admin.webhookMischief().hold).toBe(false);
  });

  it('forges a webhook for a payment that did not happen', async () => {
    const deliveries = await sandbox.admin.forgeWebhook({ partnerMetadata: { settleAttemptId: 'att-404' } });
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]).toMatchObject({
      forged: true,
      status: 200,
      eventType: 'PaymentCompleted',
      url: receiver.url,
    });
    const [event] = receiver.events();
    expect(event).toMatchObject({
      type: 'Payment',
      eventType: 'PaymentCompleted',
      partnerMetadata: { settleAttemptId: 'att-404' },
    });
    expect((await crezco.get(`/v1/payments/${event.id}/status`)).status).toBe(404);
    expect((await crezco.get(`/v1/pay-demands/${event.metadata.payDemandId}`)).status).toBe(404);
  });

  it('does not retry a refused delivery by default, and retries when configured', async () => {
    receiver.answerWith(500);
    const [refused] = await sandbox.admin.forgeWebhook();
    expect(refused.status).toBe(500);
    expect(sandbox.admin.scheduledWebhooks()).toBe(0);

    sandbox.admin.configure({ webhookRetryDelaysMs: [20, 20] });
    sandbox.admin.clearWebhookDeliveries();
    receiver.answerWith(500, 503);
    await sandbox.admin.forgeWebhook({ eventType: 'PaymentFailed' });
    await eventually(() =>
      expect(sandbox.admin.webhookDeliveries().map((d) => [d.attempt, d.status])).toEqual([
        [1, 500],
        [2, 503],
        [3, 200],
      ]),
    );
    expect(new Set(receiver.received.slice(1).map((r) => r.rawBody)).size).toBe(1);
  });
});

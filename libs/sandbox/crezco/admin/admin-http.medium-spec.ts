import axios, { type AxiosInstance } from 'axios';
import { waitFor } from '../../../testing';
import { startCrezcoSandbox, type CrezcoSandbox } from '../index';
import { createPayDemand, crezcoClient } from '../testing/client';
import { startCrezcoWebhookReceiver, type CrezcoWebhookReceiver } from '../testing/webhook-receiver';

describe('Crezco sandbox HTTP admin API', () => {
  let sandbox: CrezcoSandbox;
  let receiver: CrezcoWebhookReceiver;
  let admin: AxiosInstance;

  beforeAll(async () => {
    receiver = await startCrezcoWebhookReceiver();
    sandbox = await startCrezcoSandbox({ webhookUrl: receiver.url });
    admin = axios.create({ baseURL: sandbox.adminUrl, validateStatus: () => true });
  });
  beforeEach(async () => {
    await sandbox.admin.flushWebhooks();
    expect((await admin.post('/reset')).status).toBe(204);
    receiver.clear();
  });
  afterAll(async () => {
    await sandbox.close();
    await receiver.close();
  });

  it('makes, lists and removes users', async () => {
    const made = await admin.post('/users', { displayName: 'Acme Ltd' });
    expect(made.status).toBe(201);
    expect(made.data).toMatchObject({ displayName: 'Acme Ltd', firstName: 'Sam' });
    expect((await crezcoClient(sandbox).get(`/v1/users/${String(made.data.id)}`)).status).toBe(200);
    expect((await admin.get('/users')).data).toHaveLength(1);
    expect((await admin.delete(`/users/${String(made.data.id)}`)).status).toBe(204);
    expect((await admin.delete(`/users/${String(made.data.id)}`)).status).toBe(404);
  });

  it('pays a demand, shows it and its payments, and advances a payment', async () => {
    await admin.put('/config', { statusTimings: { acceptedAfterMs: null } });
    const { demand } = await createPayDemand(sandbox);
    expect((await admin.get(`/pay-demands/${demand.payDemandId}`)).data).toMatchObject({
      payDemandId: demand.payDemandId,
      deleted: false,
    });
    const paid = await admin.post(`/pay-demands/${demand.payDemandId}/pay`, { decision: 'approve' });
    expect(paid.data).toMatchObject({ status: { code: 'Authorised' } });
    const id = String(paid.data.id);
    expect((await admin.get(`/payments?payDemandId=${demand.payDemandId}`)).data).toEqual([paid.data]);
    const advanced = await admin.post(`/payments/${id}/advance`, { status: 'Completed' });
    expect(advanced.data.history.map((h: { status: string }) => h.status)).toEqual(['New', 'Authorised', 'Completed']);
    expect((await admin.post(`/payments/${id}/advance`, { status: 'Paid' })).status).toBe(400);
    expect((await admin.get('/payments/nope')).status).toBe(404);
  });

  it('configures webhook mischief, holds, releases in reverse and forges', async () => {
    expect((await admin.put('/webhooks', { hold: true })).data).toEqual({
      duplicate: 0,
      drop: 0,
      delayMs: 0,
      hold: true,
    });
    const { demand } = await createPayDemand(sandbox);
    await admin.post(`/pay-demands/${demand.payDemandId}/pay`, { decision: 'deny' });
    expect((await admin.get('/webhooks/held')).data).toHaveLength(2);
    const released = await admin.post('/webhooks/release', { order: 'reverse' });
    expect(released.data.released.map((e: { eventType: string }) => e.eventType)).toEqual([
      'PaymentFailed',
      'PaymentPending',
    ]);
    const forged = await admin.post('/webhooks/forge', { eventType: 'PaymentCompleted' });
    expect(forged.data).toEqual([expect.objectContaining({ forged: true, status: 200 })]);
    await waitFor(() => receiver.received.length >= 3);
    expect((await admin.get('/webhooks/deliveries')).data).toHaveLength(3);
    expect((await admin.delete('/webhooks/deliveries')).status).toBe(204);
    expect((await admin.get('/webhooks/deliveries')).data).toEqual([]);
    expect((await admin.get('/webhooks/subscriptions')).data).toEqual([
      expect.objectContaining({ eventType: 'PaymentAll', callback: receiver.url }),
    ]);
  });

  it('drops webhooks and lists the dropped ones', async () => {
    await admin.put('/webhooks', { drop: 1 });
    await admin.post('/webhooks/forge', {});
    const { demand } = await createPayDemand(sandbox);
    await admin.post(`/pay-demands/${demand.payDemandId}/pay`, { decision: 'cancel' });
    await admin.post('/webhooks/flush');
    expect(
      (await admin.get('/webhooks/dropped')).data.map((d: { event: { eventType: string } }) => d.event.eventType),
    ).toEqual(['PaymentPending']);
  });

  it('queues forced failures and clears them', async () => {
    expect((await admin.post('/failures', { status: 429, count: 5 })).status).toBe(204);
    const crezco = crezcoClient(sandbox);
    expect((await crezco.get('/v1/webhooks')).status).toBe(429);
    expect((await admin.delete('/failures')).status).toBe(204);
    expect((await crezco.get('/v1/webhooks')).status).toBe(200);
    expect((await admin.post('/failures', { status: 418 })).status).toBe(400);
    expect((await admin.get('/requests')).data.map((r: { status: number }) => r.status)).toEqual([429, 200]);
  });

  it('changes options at runtime and reset restores them', async () => {
    const configured = await admin.put('/config', { currencies: ['gbp', 'eur'], payDemandResponse: 'id' });
    expect(configured.data).toMatchObject({ currencies: ['GBP', 'EUR'], payDemandResponse: 'id' });
    await admin.post('/reset');
    expect((await admin.get('/config')).data).toMatchObject({ currencies: ['GBP'], payDemandResponse: 'object' });
  });
});

import type { SMS } from '@vonage/sms';
import { waitFor } from '../../../testing';
import { startVonageSandbox, type VonageSandbox } from '../index';
import { startCallbackReceiver, type CallbackReceiver } from '../testing/callback-receiver';
import { failedSend, smsClient } from '../testing/sdk';

const TO = '447700900123';

describe('Vonage sandbox HTTP admin API', () => {
  let sandbox: VonageSandbox;
  let receiver: CallbackReceiver;
  let sms: SMS;

  async function admin(method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }> {
    const response = await fetch(`${sandbox.adminUrl}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, json: text ? JSON.parse(text) : undefined };
  }

  beforeAll(async () => {
    receiver = await startCallbackReceiver();
    sandbox = await startVonageSandbox({ apiKey: 'key1', apiSecret: 'secret1', receiptDelayMs: 0 });
    sms = smsClient(sandbox);
  });
  afterEach(async () => {
    await admin('POST', '/reset');
    await sandbox.admin.flushWebhooks();
    receiver.received.length = 0;
  });
  afterAll(async () => {
    await sandbox.close();
    await receiver.close();
  });

  it('lists the sends received and the texts a number got', async () => {
    await sms.send({ to: TO, from: 'AcmeInc', text: 'Hello', clientRef: 'c1' });
    await failedSend(sms, { to: 'x', from: 'AcmeInc', text: 'Bad number' });
    const sent = await admin('GET', '/sent');
    expect(sent.json).toEqual([
      expect.objectContaining({ to: TO, text: 'Hello', clientRef: 'c1', status: 0, parts: [expect.any(Object)] }),
      expect.objectContaining({ to: 'x', status: 3, errorText: 'Invalid to param', parts: [] }),
    ]);
    expect((await admin('GET', `/texts/${TO}`)).json).toEqual([
      expect.objectContaining({ direction: 'received', from: 'AcmeInc', to: TO, text: 'Hello' }),
    ]);
  });

  it('forces a status for the next sends and clears it', async () => {
    expect((await admin('POST', '/forced-statuses', { status: '29', to: TO, times: 2 })).json).toEqual({
      status: 29,
      to: TO,
      remaining: 2,
      errorText: 'Non-White-listed Destination - rejected',
    });
    expect((await failedSend(sms, { to: TO, from: 'AcmeInc', text: 'x' })).getFailedMessages()[0].status).toBe('29');
    expect((await admin('GET', '/forced-statuses')).json).toEqual([expect.objectContaining({ remaining: 1 })]);
    expect((await admin('DELETE', '/forced-statuses')).status).toBe(204);
    await expect(sms.send({ to: TO, from: 'AcmeInc', text: 'x' })).resolves.toBeDefined();
  });

  it('refuses an unknown status or receipt outcome with a 400', async () => {
    expect(await admin('POST', '/forced-statuses', { status: 13 })).toEqual({
      status: 400,
      json: { error: 'Not an SMS API error status: 13' },
    });
    expect((await admin('PUT', '/receipts', { outcome: 'lost' })).status).toBe(400);
  });

  it('configures webhooks and receipts, and resends a receipt', async () => {
    await admin('PUT', '/config', { deliveryReceiptUrl: `${receiver.url}/dlr`, receiptFormat: 'GET' });
    expect((await admin('PUT', '/receipts', { to: TO, outcome: 'failed', errCode: 9 })).json).toMatchObject({
      outcome: 'failed',
      errCode: '9',
    });
    const response = await sms.send({ to: TO, from: 'AcmeInc', text: 'x' });
    const messageId = response.messages[0]['message-id'];
    await waitFor(() => receiver.on('/dlr').length === 1);
    expect((await admin('POST', `/receipts/${messageId}/resend`, { status: 'delivered' })).json).toMatchObject({
      messageId,
      status: 'delivered',
      'err-code': '0',
    });
    const receipts = await waitFor(() => receiver.on('/dlr').length === 2 && receiver.on('/dlr'));
    expect(receipts.map((r) => [r.method, r.params.status, r.params['err-code']])).toEqual([
      ['GET', 'failed', '9'],
      ['GET', 'delivered', '0'],
    ]);
    await sandbox.admin.flushWebhooks();
    expect((await admin('GET', '/deliveries?kind=receipt')).json).toHaveLength(2);
    expect((await admin('GET', '/webhooks/retries')).json).toEqual({ scheduled: 0 });
  });

  it('resets texts, knobs and configuration to the start', async () => {
    await admin('PUT', '/config', { throughputPerSecond: 1, signWebhooks: true });
    await admin('PUT', '/balance', { balance: '1.00000000' });
    await sms.send({ to: TO, from: 'AcmeInc', text: 'x' });
    expect((await admin('GET', '/balance')).json).toEqual({ balance: '0.96670000' });
    expect((await admin('POST', '/reset')).status).toBe(204);
    expect((await admin('GET', '/sent')).json).toEqual([]);
    expect((await admin('GET', '/balance')).json).toEqual({ balance: '1000.00000000' });
    expect((await admin('GET', '/config')).json).toMatchObject({
      throughputPerSecond: 30,
      signWebhooks: false,
      receiptFormat: 'POST-JSON',
    });
  });

  it('answers 404 for a route it does not have', async () => {
    const response = await fetch(`${sandbox.baseUrl}/v1/messages`, { method: 'POST' });
    expect(response.status).toBe(404);
  });
});

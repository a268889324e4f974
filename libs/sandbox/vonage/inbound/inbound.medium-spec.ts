import { verifyVonageSignature } from '../../../vonage';
import { waitFor } from '../../../testing';
import { startVonageSandbox, type VonageSandbox } from '../index';
import { startCallbackReceiver, type CallbackReceiver, type ReceivedCallback } from '../testing/callback-receiver';
import { smsClient } from '../testing/sdk';

const PHONE = '447700900555';
const NUMBERS = ['447700900100', '447700900200'];
const SECRET = 'inbound-signature-secret';

describe('Vonage sandbox inbound texts', () => {
  let sandbox: VonageSandbox;
  let receiver: CallbackReceiver;

  beforeAll(async () => {
    receiver = await startCallbackReceiver();
    sandbox = await startVonageSandbox({
      inboundUrl: `${receiver.url}/inbound`,
      virtualNumbers: NUMBERS,
      signatureSecret: SECRET,
      retryDelaysMs: [20],
    });
  });
  afterEach(async () => {
    sandbox.admin.reset();
    await sandbox.admin.flushWebhooks();
    receiver.received.length = 0;
  });
  afterAll(async () => {
    await sandbox.close();
    await receiver.close();
  });

  const inbound = (count: number): Promise<ReceivedCallback[]> =>
    waitFor(() => receiver.on('/inbound').length >= count && receiver.on('/inbound'));

  it('posts a reply with its keyword, unsigned by default, and returns its message id', async () => {
    const ids = await sandbox.admin.injectInbound({ from: `+${PHONE}`, to: NUMBERS[1], text: 'Paid it, thanks!' });
    const [received] = await inbound(1);
    expect(received.method).toBe('POST');
    expect(received.headers['content-type']).toBe('application/json');
    expect(received.params).toEqual({
      msisdn: PHONE,
      to: NUMBERS[1],
      messageId: ids[0],
      text: 'Paid it, thanks!',
      type: 'text',
      keyword: 'PAID',
      'message-timestamp': expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/),
      'api-key': sandbox.apiKey,
    });
  });

  it('posts STOP with keyword STOP, signed when signing is on, in the inbound format', async () => {
    sandbox.admin.configure({ signWebhooks: true, signatureMethod: 'sha512', inboundFormat: 'POST' });
    await sandbox.admin.injectInbound({ from: PHONE, text: ' stop ' });
    const [received] = await inbound(1);
    expect(received.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(received.params).toMatchObject({ keyword: 'STOP', text: ' stop ', to: NUMBERS[0] });
    expect(verifyVonageSignature(received.params, SECRET, 'sha512')).toBe('valid');
  });

  it('posts a multipart text one webhook per part with concat fields, and can post them out of order', async () => {
    const text = `${'Thanks for the reminder. '.repeat(8)}I will pay on Friday.`;
    const ids = await sandbox.admin.injectInbound({ from: PHONE, text, multipart: true, reversed: true });
    expect(ids).toHaveLength(2);
    const parts = await inbound(2);
    expect(parts.map((p) => p.params['concat-part'])).toEqual(['2', '1']);
    for (const part of parts) {
      expect(part.params).toMatchObject({
        concat: 'true',
        'concat-total': '2',
        'concat-ref': parts[0].params['concat-ref'],
        type: 'text',
      });
    }
    const ordered = [...parts].sort((a, b) => Number(a.params['concat-part']) - Number(b.params['concat-part']));
    expect(ordered.map((p) => p.params.text).join('')).toBe(text);
    expect(ordered.map((p) => p.params.messageId)).toEqual(ids);
  });

  it('posts a UCS-2 reply as type unicode', async () => {
    await sandbox.admin.injectInbound({ from: PHONE, text: 'Merci 🙏' });
    const [received] = await inbound(1);
    expect(received.params).toMatchObject({ type: 'unicode', text: 'Merci 🙏', keyword: 'MERCI' });
  });

  it('replies to the virtual number that last texted the phone', async () => {
    await smsClient(sandbox).send({ to: PHONE, from: NUMBERS[1], text: 'Your invoice' });
    await sandbox.admin.injectInbound({ from: PHONE, text: 'HELP' });
    const [received] = await inbound(1);
    expect(received.params.to).toBe(NUMBERS[1]);
  });

  it('refuses a number that is not virtual, and a multipart flag the text contradicts', async () => {
    await expect(sandbox.admin.injectInbound({ from: PHONE, to: '447700900999', text: 'hi' })).rejects.toThrow(
      'not one of the virtual numbers',
    );
    await expect(sandbox.admin.injectInbound({ from: PHONE, text: 'short', multipart: true })).rejects.toThrow(
      'multipart must be false',
    );
  });

  it('retries an inbound text the receiver refuses', async () => {
    receiver.answerWith(500);
    await sandbox.admin.injectInbound({ from: PHONE, text: 'START' });
    const received = await inbound(2);
    expect(received.map((r) => r.params.keyword)).toEqual(['START', 'START']);
    const deliveries = await waitFor(
      () => sandbox.admin.deliveries('inbound').length === 2 && sandbox.admin.deliveries('inbound'),
    );
    expect(deliveries.map((d) => [d.attempt, d.status])).toEqual([
      [1, 500],
      [2, 200],
    ]);
  });

  it('injects through the HTTP admin API', async () => {
    const response = await fetch(`${sandbox.adminUrl}/inbound`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ from: PHONE, text: 'STOP' }),
    });
    expect(response.status).toBe(201);
    const { messageIds } = (await response.json()) as { messageIds: string[] };
    const [received] = await inbound(1);
    expect(received.params).toMatchObject({ messageId: messageIds[0], keyword: 'STOP' });
    const refused = await fetch(`${sandbox.adminUrl}/inbound`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ from: 'not-a-phone', text: 'STOP' }),
    });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual({ error: 'from must be 7 to 15 digits: not-a-phone' });
  });
});

import type { SMS } from '@vonage/sms';
import { verifyVonageSignature } from '../../../vonage';
import { waitFor } from '../../../testing';
import { startVonageSandbox, type VonageSandbox } from '../index';
import { startCallbackReceiver, type CallbackReceiver, type ReceivedCallback } from '../testing/callback-receiver';
import { smsClient } from '../testing/sdk';

const TO = '447700900123';
const SECRET = 'receipt-signature-secret';

/** The SDK's own check; its algorithm parameter is the @vonage/auth enum, whose values are these strings. */
function sdkVerifies(sms: SMS, params: Record<string, string>, algorithm: 'MD5HASH' | 'SHA256HMAC'): boolean {
  return sms.verifySignature(params.sig, params, SECRET, algorithm as Parameters<SMS['verifySignature']>[3]);
}

describe('Vonage sandbox delivery receipts', () => {
  let sandbox: VonageSandbox;
  let receiver: CallbackReceiver;
  let sms: SMS;
  const account = () => receiver.on('/dlr');

  beforeAll(async () => {
    receiver = await startCallbackReceiver();
    sandbox = await startVonageSandbox({
      deliveryReceiptUrl: `${receiver.url}/dlr`,
      signatureSecret: SECRET,
      receiptDelayMs: 0,
      retryDelaysMs: [20, 40],
    });
    sms = smsClient(sandbox);
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

  async function receiptsFor(count: number, at = account): Promise<ReceivedCallback[]> {
    return waitFor(() => at().length >= count && at());
  }

  it('posts one JSON receipt per part to the account URL, with Vonage fields as strings', async () => {
    const response = await sms.send({ to: TO, from: 'AcmeInc', text: 'b'.repeat(200), clientRef: 'msg_7' });
    const receipts = await receiptsFor(2);
    expect(receipts.map((r) => [r.method, r.headers['content-type']])).toEqual(
      Array(2).fill(['POST', 'application/json']),
    );
    expect(receipts.map((r) => r.params.messageId).sort()).toEqual(
      response.messages.map((m) => m['message-id']).sort(),
    );
    const [first] = receipts;
    expect(first.params).toEqual({
      msisdn: TO,
      to: 'AcmeInc',
      'network-code': '23410',
      messageId: expect.stringMatching(/^[0-9A-F]{16}$/),
      price: '0.03330000',
      status: 'delivered',
      scts: expect.stringMatching(/^\d{10}$/),
      'err-code': '0',
      'api-key': sandbox.apiKey,
      'client-ref': 'msg_7',
      'message-timestamp': expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/),
    });
  });

  it('sends to the message callback instead of the account URL', async () => {
    await sms.send({ to: TO, from: 'AcmeInc', text: 'hi', callback: `${receiver.url}/own` });
    const [receipt] = await receiptsFor(1, () => receiver.on('/own'));
    expect(receipt.params.status).toBe('delivered');
    await sandbox.admin.flushWebhooks();
    expect(account()).toEqual([]);
  });

  it('sends no receipt when the send asked for none', async () => {
    await sms.send({ to: TO, from: 'AcmeInc', text: 'quiet', statusReportReq: false });
    await sms.send({ to: TO, from: 'AcmeInc', text: 'loud' });
    await receiptsFor(1);
    await sandbox.admin.flushWebhooks();
    expect(account()).toHaveLength(1);
  });

  it('sends receipts as GET query strings and form POSTs', async () => {
    sandbox.admin.configure({ receiptFormat: 'GET' });
    await sms.send({ to: TO, from: 'AcmeInc', text: 'a&b=c', clientRef: 'get_1' });
    const [get] = await receiptsFor(1);
    expect(get.method).toBe('GET');
    expect(get.rawBody).toBe('');
    expect(get.params).toMatchObject({ msisdn: TO, status: 'delivered', 'client-ref': 'get_1' });

    sandbox.admin.configure({ receiptFormat: 'POST' });
    await sms.send({ to: TO, from: 'AcmeInc', text: 'form', clientRef: 'form_1' });
    const [, form] = await receiptsFor(2);
    expect(form.method).toBe('POST');
    expect(form.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(form.params).toMatchObject({ msisdn: TO, status: 'delivered', 'client-ref': 'form_1' });
  });

  it.each(['GET', 'POST', 'POST-JSON'] as const)(
    'signs %s receipts so that the SDK and libs/vonage verify them (md5hash and sha256)',
    async (format) => {
      sandbox.admin.configure({ receiptFormat: format, signWebhooks: true, signatureMethod: 'md5hash' });
      await sms.send({ to: TO, from: 'AcmeInc', text: 'c'.repeat(170), clientRef: 'sig&=1' });
      await receiptsFor(2);
      sandbox.admin.configure({ signatureMethod: 'sha256' });
      await sms.send({ to: TO, from: 'AcmeInc', text: 'd' });
      const receipts = await receiptsFor(3);
      const md5 = receipts.filter((r) => r.params['client-ref'] === 'sig&=1');
      const sha256 = receipts.filter((r) => r.params['client-ref'] === undefined);
      expect([md5.length, sha256.length]).toEqual([2, 1]);
      for (const receipt of receipts) {
        expect(receipt.params).toMatchObject({
          timestamp: expect.stringMatching(/^\d+$/),
          nonce: expect.any(String),
          sig: expect.stringMatching(/^[0-9A-F]+$/),
        });
      }
      for (const receipt of md5) {
        expect(sdkVerifies(sms, receipt.params, 'MD5HASH')).toBe(true);
        expect(verifyVonageSignature(receipt.params, SECRET, 'md5hash')).toBe('valid');
      }
      expect(sdkVerifies(sms, sha256[0].params, 'SHA256HMAC')).toBe(true);
      expect(verifyVonageSignature(sha256[0].params, SECRET, 'sha256')).toBe('valid');
      expect(verifyVonageSignature(sha256[0].params, 'another-secret', 'sha256')).toBe('mismatch');
    },
  );

  /** This test's deliveries only: a receipt of an earlier test may still be on its way under load. */
  const deliveriesOf = (messageId: string) =>
    sandbox.admin.deliveries('receipt').filter((delivery) => delivery.params.messageId === messageId);

  it('retries a receipt the callback answers with 500, with backoff, then gives up', async () => {
    receiver.answerWith(500, 500, 500);
    const response = await sms.send({ to: TO, from: 'AcmeInc', text: 'retry me' });
    const attempts = await waitFor(() => {
      const ours = deliveriesOf(response.messages[0]['message-id']);
      return ours.length === 3 && ours;
    });
    expect(attempts.map((a) => [a.attempt, a.status, a.params.messageId])).toEqual([
      [1, 500, response.messages[0]['message-id']],
      [2, 500, response.messages[0]['message-id']],
      [3, 500, response.messages[0]['message-id']],
    ]);
    expect(new Set(attempts.map((a) => a.webhookId)).size).toBe(1);
    const gaps = [1, 2].map((i) => Date.parse(attempts[i].at) - Date.parse(attempts[i - 1].at));
    expect(gaps[0]).toBeGreaterThanOrEqual(20);
    expect(gaps[1]).toBeGreaterThanOrEqual(40);
    await sandbox.admin.flushWebhooks();
    expect(sandbox.admin.scheduledRetries()).toBe(0);
    expect(deliveriesOf(response.messages[0]['message-id'])).toHaveLength(3);
  });

  it('stops retrying once the callback takes the receipt', async () => {
    receiver.answerWith(503);
    const response = await sms.send({ to: TO, from: 'AcmeInc', text: 'second time lucky' });
    const attempts = await waitFor(() => {
      const ours = deliveriesOf(response.messages[0]['message-id']);
      return ours.length === 2 && ours;
    });
    expect(attempts.map((a) => a.status)).toEqual([503, 200]);
    expect(account()).toHaveLength(2);
  });

  it('gives a number failed, rejected or expired receipts with their err-code, or none', async () => {
    sandbox.admin.setReceipts({ to: '447700900001', outcome: 'failed', errCode: '3' });
    sandbox.admin.setReceipts({ to: '447700900002', outcome: 'rejected' });
    sandbox.admin.setReceipts({ to: '447700900003', outcome: 'expired' });
    sandbox.admin.setReceipts({ to: '447700900004', outcome: 'none' });
    for (const to of ['447700900001', '447700900002', '447700900003', '447700900004', TO])
      await sms.send({ to, from: 'AcmeInc', text: 'x' });
    const receipts = await receiptsFor(4);
    await sandbox.admin.flushWebhooks();
    const byNumber = Object.fromEntries(
      account().map((r) => [r.params.msisdn, [r.params.status, r.params['err-code']]]),
    );
    expect(byNumber).toEqual({
      '447700900001': ['failed', '3'],
      '447700900002': ['rejected', '6'],
      '447700900003': ['expired', '1'],
      [TO]: ['delivered', '0'],
    });
    expect(receipts).toHaveLength(4);
    expect(sandbox.admin.textsTo('447700900001')).toEqual([]);
    expect(sandbox.admin.textsTo('447700900004')).toHaveLength(1);
  });

  it('waits the configured delay, can send accepted first, and can send every receipt twice', async () => {
    sandbox.admin.setReceipts({ delayMs: 150, accepted: true, duplicate: true });
    const sentAt = Date.now();
    await sms.send({ to: TO, from: 'AcmeInc', text: 'twice' });
    const receipts = await receiptsFor(4);
    expect(Date.now() - sentAt).toBeGreaterThanOrEqual(150);
    expect(receipts.map((r) => r.params.status)).toEqual(['accepted', 'accepted', 'delivered', 'delivered']);
    await sandbox.admin.flushWebhooks();
    expect(sandbox.admin.deliveries('receipt').map((d) => d.duplicate)).toEqual([false, true, false, true]);
  });

  it('sends a receipt again on demand, with another status if asked', async () => {
    const response = await sms.send({ to: TO, from: 'AcmeInc', text: 'again', clientRef: 'again_1' });
    const messageId = response.messages[0]['message-id'] ?? '';
    await receiptsFor(1);
    await sandbox.admin.resendReceipt(messageId);
    await sandbox.admin.resendReceipt(messageId, { status: 'failed', errCode: '4' });
    const receipts = await receiptsFor(3);
    expect(
      receipts.map((r) => [r.params.messageId, r.params.status, r.params['err-code'], r.params['client-ref']]),
    ).toEqual([
      [messageId, 'delivered', '0', 'again_1'],
      [messageId, 'delivered', '0', 'again_1'],
      [messageId, 'failed', '4', 'again_1'],
    ]);
  });

  it('sends a first receipt on demand for a text that had none', async () => {
    sandbox.admin.setReceipts({ outcome: 'none' });
    const response = await sms.send({ to: TO, from: 'AcmeInc', text: 'late', clientRef: 'late_1' });
    await sandbox.admin.resendReceipt(response.messages[0]['message-id'] ?? '');
    const [receipt] = await receiptsFor(1);
    expect(receipt.params).toMatchObject({ status: 'delivered', 'client-ref': 'late_1' });
    await expect(sandbox.admin.resendReceipt('0000000000000000')).rejects.toThrow('No message part');
  });
});

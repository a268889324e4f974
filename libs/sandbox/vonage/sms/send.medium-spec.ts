import { SMS, TypeEnum } from '@vonage/sms';
import { eventually } from '../../../testing';
import { startVonageSandbox, type VonageSandbox } from '../index';
import { failedSend, smsClient } from '../testing/sdk';

const TO = '447700900123';

describe('Vonage sandbox POST /sms/json through the SDK', () => {
  let sandbox: VonageSandbox;
  let sms: SMS;

  beforeAll(async () => {
    sandbox = await startVonageSandbox({ receiptDelayMs: 0 });
    sms = smsClient(sandbox);
  });
  afterEach(() => sandbox.admin.reset());
  afterAll(() => sandbox.close());

  it('accepts a one-part text with a hex message id and string values', async () => {
    const response = await sms.send({ to: TO, from: 'AcmeInc', text: 'Your invoice is ready', clientRef: 'msg_1' });
    expect(response['message-count']).toBe('1');
    expect(response.messages).toHaveLength(1);
    const [message] = response.messages;
    expect(message).toMatchObject({
      to: TO,
      status: '0',
      'message-price': '0.03330000',
      'remaining-balance': '999.96670000',
      network: '23410',
      'client-ref': 'msg_1',
    });
    expect(message['message-id']).toMatch(/^[0-9A-F]{16}$/);
    expect(sandbox.admin.sent()).toEqual([
      expect.objectContaining({
        to: TO,
        from: 'AcmeInc',
        text: 'Your invoice is ready',
        clientRef: 'msg_1',
        status: 0,
      }),
    ]);
    expect(sandbox.admin.sent()[0].encoding).toBe('json');
  });

  it('answers one entry per part of a three-part GSM-7 text, each with its own id', async () => {
    const text = 'a'.repeat(400);
    const response = await sms.send({ to: TO, from: 'AcmeInc', text });
    expect(response['message-count']).toBe('3');
    const ids = response.messages.map((message) => message['message-id']);
    expect(new Set(ids).size).toBe(3);
    expect(response.messages.map((message) => message['remaining-balance'])).toEqual(Array(3).fill('999.90010000'));
    const [sent] = sandbox.admin.sent();
    expect(sent.parts.map((part) => part.text.length)).toEqual([153, 153, 94]);
    expect(sent.parts.map((part) => part.messageId)).toEqual(ids);
  });

  it('counts UCS-2 parts by 70 and 67 characters', async () => {
    const one = await sms.send({ to: TO, from: 'AcmeInc', text: '好'.repeat(70), type: TypeEnum.UNICODE });
    const two = await sms.send({ to: TO, from: 'AcmeInc', text: '好'.repeat(71), type: TypeEnum.UNICODE });
    const three = await sms.send({ to: TO, from: 'AcmeInc', text: '好'.repeat(135), type: TypeEnum.UNICODE });
    expect([one, two, three].map((response) => response['message-count'])).toEqual(['1', '2', '3']);
    expect(sandbox.admin.sent().map((sent) => [sent.smsEncoding, sent.garbled])).toEqual(
      Array(3).fill(['UCS-2', false]),
    );
  });

  it('accepts a UCS-2 text sent as type text but records it as garbled', async () => {
    await sms.send({ to: TO, from: 'AcmeInc', text: 'Thanks “Ann”' });
    expect(sandbox.admin.sent()[0]).toMatchObject({ status: 0, type: 'text', smsEncoding: 'UCS-2', garbled: true });
  });

  it('takes form fields with the credentials in the body', async () => {
    const response = await fetch(`${sandbox.baseUrl}/sms/json`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        api_key: sandbox.apiKey,
        api_secret: sandbox.apiSecret,
        to: TO,
        from: '447700900100',
        text: 'Form & fields',
        'client-ref': 'form_1',
      }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      'message-count': '1',
      messages: [{ status: '0', to: TO, 'client-ref': 'form_1' }],
    });
    expect(sandbox.admin.sent()[0]).toMatchObject({ encoding: 'form', text: 'Form & fields', from: '447700900100' });
  });

  it('refuses a form send whose body credentials are wrong with status 4', async () => {
    const response = await fetch(`${sandbox.baseUrl}/sms/json`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ api_key: sandbox.apiKey, api_secret: 'wrong', to: TO, from: 'AcmeInc', text: 'x' }),
    });
    expect(await response.json()).toEqual({
      'message-count': '1',
      messages: [{ to: TO, status: '4', 'error-text': 'Bad Credentials' }],
    });
  });

  it('refuses wrong SDK credentials (4), missing parameters (2) and an invalid number (3)', async () => {
    const badKey = await failedSend(smsClient(sandbox, 'wrong-secret'), { to: TO, from: 'AcmeInc', text: 'x' });
    const missing = await failedSend(sms, { to: TO, from: 'AcmeInc', text: '' });
    const plus = await failedSend(sms, { to: `+${TO}`, from: 'AcmeInc', text: 'x' });
    const short = await failedSend(sms, { to: '12345', from: 'AcmeInc', text: 'x' });
    expect(badKey.getFailedMessages()).toEqual([expect.objectContaining({ status: '4' })]);
    expect(missing.getFailedMessages()).toEqual([
      expect.objectContaining({ status: '2', errorText: 'Missing text param' }),
    ]);
    expect(plus.getFailedMessages()).toEqual([expect.objectContaining({ status: '3', errorText: 'Invalid to param' })]);
    expect(short.getFailedMessages()).toEqual([expect.objectContaining({ status: '3' })]);
    expect(sandbox.admin.sent().map((sent) => sent.status)).toEqual([4, 2, 3, 3]);
    expect(sandbox.admin.textsTo(TO)).toEqual([]);
  });

  it('refuses a client-ref over 40 characters and a sender of 12 letters', async () => {
    const ref = await failedSend(sms, { to: TO, from: 'AcmeInc', text: 'x', clientRef: 'r'.repeat(41) });
    const from = await failedSend(sms, { to: TO, from: 'AcmeIncTwelv', text: 'x' });
    expect(ref.getFailedMessages()[0].status).toBe('3');
    expect(from.getFailedMessages()[0].status).toBe('3');
  });

  it('throttles requests beyond the throughput in one second with status 1, then lets them through', async () => {
    sandbox.admin.configure({ throughputPerSecond: 3 });
    const outcomes = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        sms.send({ to: TO, from: 'AcmeInc', text: `t${i}` }).then(
          () => 'sent',
          (error: unknown) => error,
        ),
      ),
    );
    const throttled = outcomes.filter((outcome) => outcome !== 'sent');
    expect(outcomes.filter((outcome) => outcome === 'sent')).toHaveLength(3);
    expect(throttled).toHaveLength(3);
    for (const failure of throttled as Awaited<ReturnType<typeof failedSend>>[]) {
      expect(failure.getFailedMessages()).toEqual([
        expect.objectContaining({ status: '1', errorText: 'Throughput Rate Exceeded - please wait [ 0 ] and retry' }),
      ]);
    }
    await eventually(() => sms.send({ to: TO, from: 'AcmeInc', text: 'after a second' }), 5_000, 100);
  });

  it('answers forced statuses for one number, for everyone, and for the next N sends only', async () => {
    const barred = '447700900666';
    sandbox.admin.forceStatus({ status: 7, to: barred });
    sandbox.admin.forceStatus({ status: 9, times: 1 });
    expect((await failedSend(sms, { to: barred, from: 'AcmeInc', text: 'x' })).getFailedMessages()[0]).toMatchObject({
      status: '7',
      errorText: 'Number barred.',
    });
    expect((await failedSend(sms, { to: TO, from: 'AcmeInc', text: 'x' })).getFailedMessages()[0].status).toBe('9');
    await expect(sms.send({ to: TO, from: 'AcmeInc', text: 'x' })).resolves.toMatchObject({ 'message-count': '1' });
    expect((await failedSend(sms, { to: barred, from: 'AcmeInc', text: 'x' })).getFailedMessages()[0].status).toBe('7');
    sandbox.admin.clearForcedStatuses(barred);
    await expect(sms.send({ to: barred, from: 'AcmeInc', text: 'x' })).resolves.toBeDefined();
  });

  it.each([
    [29, 'Non-White-listed Destination - rejected'],
    [5, 'Internal Error'],
    [4, 'Bad Credentials'],
    [1, 'Throughput Rate Exceeded - please wait [ 0 ] and retry'],
  ])('forces status %i with its error text', async (status, errorText) => {
    sandbox.admin.forceStatus({ status, times: 1 });
    const failure = await failedSend(sms, { to: TO, from: 'AcmeInc', text: 'x' });
    expect(failure.getResponse().messages).toEqual([expect.objectContaining({ status: String(status), errorText })]);
  });

  it('refuses with status 9 once the credit is spent', async () => {
    sandbox.admin.setBalance('0.05000000');
    await sms.send({ to: TO, from: 'AcmeInc', text: 'one part' });
    const failure = await failedSend(sms, { to: TO, from: 'AcmeInc', text: 'another part' });
    expect(failure.getFailedMessages()[0].status).toBe('9');
    expect(sandbox.admin.balance()).toBe('0.01670000');
  });
});

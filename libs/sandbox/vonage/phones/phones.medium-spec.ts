import type { SMS } from '@vonage/sms';
import { waitFor } from '../../../testing';
import { startVonageSandbox, type VonageSandbox } from '../index';
import { startCallbackReceiver, type CallbackReceiver } from '../testing/callback-receiver';
import { smsClient } from '../testing/sdk';

const ANN = '447700900321';
const BOB = '447700900654';

async function html(url: string): Promise<string> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  return response.text();
}

describe('Vonage sandbox phone page', () => {
  let sandbox: VonageSandbox;
  let receiver: CallbackReceiver;
  let sms: SMS;

  beforeAll(async () => {
    receiver = await startCallbackReceiver();
    sandbox = await startVonageSandbox({ inboundUrl: `${receiver.url}/inbound`, virtualNumbers: ['447700900100'] });
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

  it('says there are no texts yet', async () => {
    expect(await html(sandbox.phones)).toContain('No texts yet');
  });

  it('shows each phone with its texts newest first, the payment link clickable and HTML escaped', async () => {
    await sms.send({ to: ANN, from: 'AcmeInc', text: 'First <b>bold</b> & "quoted"' });
    await sms.send({ to: ANN, from: 'AcmeInc', text: 'Invoice 1001: pay at https://settle.test/p/tok_123?a=1&b=2.' });
    await sms.send({ to: BOB, from: '447700900100', text: 'Hello Bob' });
    const page = await html(sandbox.phones);
    expect(page).toContain(
      '<a href="https://settle.test/p/tok_123?a=1&amp;b=2" target="_blank" rel="noopener">https://settle.test/p/tok_123?a=1&amp;b=2</a>.',
    );
    expect(page).toContain('First &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;');
    expect(page).not.toContain('<b>bold</b>');
    expect(page.indexOf('+447700900654')).toBeLessThan(page.indexOf('+447700900321'));
    expect(page.indexOf('Invoice 1001')).toBeLessThan(page.indexOf('First &lt;b&gt;'));
    expect(page).toContain('From AcmeInc');
  });

  it('shows one phone alone, and an empty phone for a number with no texts', async () => {
    await sms.send({ to: ANN, from: 'AcmeInc', text: 'For Ann' });
    await sms.send({ to: BOB, from: 'AcmeInc', text: 'For Bob' });
    const ann = await html(`${sandbox.phones}/+${ANN}`);
    expect(ann).toContain('For Ann');
    expect(ann).not.toContain('For Bob');
    expect(await html(`${sandbox.phones}/447700900000`)).toContain('No texts yet.');
  });

  it('leaves off texts whose receipt says they never arrived', async () => {
    sandbox.admin.setReceipts({ to: ANN, outcome: 'failed' });
    await sms.send({ to: ANN, from: 'AcmeInc', text: 'Lost text' });
    expect(await html(sandbox.phones)).not.toContain('Lost text');
  });

  it('sends a reply typed on the phone page to the inbound URL and shows it', async () => {
    await sms.send({ to: ANN, from: '447700900100', text: 'Your invoice' });
    const response = await fetch(`${sandbox.phones}/${ANN}/reply`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ text: 'STOP <now>' }),
      redirect: 'manual',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`/phones/${ANN}`);
    const [received] = await waitFor(() => receiver.on('/inbound').length > 0 && receiver.on('/inbound'));
    expect(received.params).toMatchObject({ msisdn: ANN, to: '447700900100', text: 'STOP <now>', keyword: 'STOP' });
    const page = await html(`${sandbox.phones}/${ANN}`);
    expect(page).toContain('STOP &lt;now&gt;');
    expect(page.indexOf('STOP &lt;now&gt;')).toBeLessThan(page.indexOf('Your invoice'));
  });

  it('answers a reply it cannot send with a 400 page', async () => {
    const response = await fetch(`${sandbox.phones}/${ANN}/reply`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ text: '' }),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('text must not be empty');
  });
});

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eventually } from '../../../testing';
import { closeServer } from '../sandbox-server';
import { startWebhookReceiver, type WebhookReceiver } from '../testing/webhook-receiver';
import { WebhookSender } from './webhook-sender';

describe('WebhookSender', () => {
  let receiver: WebhookReceiver;
  let sender: WebhookSender;

  beforeEach(async () => {
    receiver = await startWebhookReceiver('/hook');
    sender = new WebhookSender();
  });

  afterEach(async () => {
    await sender.close();
    await receiver.close();
  });

  it('answers with the status, ok only for a 2xx', async () => {
    receiver.answerWith(500);
    expect(await sender.request(receiver.url, { method: 'POST', body: 'a' }, 1000)).toEqual({
      ok: false,
      answer: { status: 500 },
    });
    expect(await sender.request(receiver.url, { method: 'POST', body: 'b' }, 1000)).toEqual({
      ok: true,
      answer: { status: 200 },
    });
    expect(receiver.received.map((r) => [r.method, r.path, r.rawBody, r.status])).toEqual([
      ['POST', '/hook', 'a', 500],
      ['POST', '/hook', 'b', 200],
    ]);
  });

  it('gives up on a receiver slower than the timeout', async () => {
    const silent: Server = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    try {
      expect(await sender.request(`http://127.0.0.1:${port}/`, { method: 'GET' }, 50)).toEqual({
        ok: false,
        answer: { error: 'timed out after 50 ms' },
      });
    } finally {
      await closeServer(silent);
    }
  });

  it('retries on the given delays, then stops', async () => {
    receiver.answerWith(500, 500, 500);
    let attempts = 0;
    const send = async (): Promise<void> => {
      attempts += 1;
      const outcome = await sender.request(receiver.url, { method: 'POST' }, 1000);
      if (!outcome.ok) sender.retry([5, 5], attempts, send);
    };
    await sender.track(send());
    await eventually(() => expect(receiver.received).toHaveLength(3));
    expect(sender.scheduled).toBe(0);
    await sender.flush();
    expect(receiver.received.map((r) => r.status)).toEqual([500, 500, 500]);
  });

  it('drops scheduled sends when closed', async () => {
    sender.later(60_000, () => undefined);
    expect(sender.scheduled).toBe(1);
    await sender.close();
    expect(sender.closed).toBe(true);
    expect(sender.scheduled).toBe(0);
    sender.later(0, () => undefined);
    expect(sender.scheduled).toBe(0);
  });
});

import { randomUUID } from 'node:crypto';
import { signVonageParams } from '../../libs/vonage';
import { eventually } from '../../libs/testing';
import { InboxMessage } from '../../src/platform/inbox/inbox-message';
import { signUp, type SignedUp } from '../support/accounts';
import { conversationOf, startMessagingApp, wire, type MessagingApp } from './support/messaging-app';
import { createContact } from '../support/contacts';

const LONG_TEXT = 'Your invoice is ready. '.repeat(10);

describe('messaging: delivery receipts (signed webhooks)', () => {
  let m: MessagingApp;
  let account: SignedUp;

  beforeAll(async () => {
    m = await startMessagingApp({ signWebhooks: true, receiptFormat: 'POST' });
    account = await signUp(m.app);
  });

  afterAll(() => m.close());

  async function send(contactId: string, text: string): Promise<string> {
    const sent = await m.app
      .http()
      .post(`/api/v1/contacts/${contactId}/messages`)
      .set(account.auth)
      .send({ text })
      .expect(202);
    return sent.body.messageId as string;
  }

  async function inboxRows(): Promise<InboxMessage[]> {
    return m.scope.acrossAccounts((em) => em.find(InboxMessage, { provider: 'vonage-delivery-receipt' }));
  }

  it('marks a two-part text delivered only when both parts are', async () => {
    const contact = await createContact(m.app, account);
    m.sandbox.admin.setReceipts({ to: wire(contact.mobile as string), accepted: true });
    const messageId = await send(contact.id, LONG_TEXT);
    await eventually(async () => {
      const [entry] = await conversationOf(m.app, account, contact.id);
      expect(entry).toMatchObject({ id: messageId, parts: 2, state: 'delivered' });
    });
    const sms = m.sandbox.admin.sent().find((each) => each.clientRef === messageId);
    expect(sms?.parts).toHaveLength(2);
  });

  it('marks a text failed with the reason when a part fails, and suppresses a number the receipt says is dead', async () => {
    const contact = await createContact(m.app, account);
    m.sandbox.admin.setReceipts({ to: wire(contact.mobile as string), outcome: 'failed', errCode: '3' });
    const messageId = await send(contact.id, LONG_TEXT);
    await eventually(async () => {
      const [entry] = await conversationOf(m.app, account, contact.id);
      expect(entry).toMatchObject({ id: messageId, state: 'failed', failureReason: 'failed (err-code 3)' });
    });
    const refused = await m.app
      .http()
      .post(`/api/v1/contacts/${contact.id}/messages`)
      .set(account.auth)
      .send({ text: 'Again' })
      .expect(409);
    expect(refused.body.errors).toEqual([{ field: 'reason', message: 'number_suppressed' }]);
  });

  it('marks a text refused by Vonage (barred number) failed with the reason, and suppresses the number', async () => {
    const contact = await createContact(m.app, account);
    m.sandbox.admin.forceStatus({ status: 7, to: wire(contact.mobile as string) });
    const messageId = await send(contact.id, 'Hello');
    await eventually(async () => {
      const [entry] = await conversationOf(m.app, account, contact.id);
      expect(entry).toMatchObject({ id: messageId, state: 'failed' });
      expect(entry.failureReason).toContain('Vonage status 7');
    });
    await m.app
      .http()
      .post(`/api/v1/contacts/${contact.id}/messages`)
      .set(account.auth)
      .send({ text: 'x' })
      .expect(409);
  });

  it('refuses a forged receipt (bad, missing or stale signature) with 401 and stores nothing', async () => {
    const before = (await inboxRows()).length;
    const fields = {
      msisdn: '447400000001',
      to: '447700900100',
      messageId: '0A0000000000FORGED',
      status: 'delivered',
      'err-code': '0',
      'api-key': m.sandbox.apiKey,
      'client-ref': randomUUID(),
      'message-timestamp': '2026-12-01 10:00:00',
      timestamp: String(Math.floor(Date.now() / 1000)),
      nonce: randomUUID(),
    };
    const url = '/webhooks/vonage/delivery-receipts';
    await m.app
      .http()
      .post(url)
      .send({ ...fields, sig: 'A'.repeat(32) })
      .expect(401);
    await m.app.http().post(url).send(fields).expect(401);
    const stale = { ...fields, timestamp: String(Math.floor(Date.now() / 1000) - 3600) };
    const staleSig = signVonageParams(stale, m.sandbox.signatureSecret, m.sandbox.signatureMethod);
    await m.app
      .http()
      .get(url)
      .query({ ...stale, sig: staleSig })
      .expect(401);
    const good = signVonageParams(fields, m.sandbox.signatureSecret, m.sandbox.signatureMethod);
    await m.app
      .http()
      .get(url)
      .query({ ...fields, sig: good })
      .expect(200);
    expect(await inboxRows()).toHaveLength(before + 1);
  });

  it('takes a resent receipt as a no-op', async () => {
    const contact = await createContact(m.app, account);
    const messageId = await send(contact.id, 'Hello');
    await eventually(async () => {
      const [entry] = await conversationOf(m.app, account, contact.id);
      expect(entry.state).toBe('delivered');
    });
    const part = m.sandbox.admin.sent().find((each) => each.clientRef === messageId)?.parts[0];
    const rowsBefore = (await inboxRows()).length;
    await m.sandbox.admin.resendReceipt(part?.messageId as string);
    await m.sandbox.admin.flushWebhooks();
    expect(await inboxRows()).toHaveLength(rowsBefore);
    const [entry] = await conversationOf(m.app, account, contact.id);
    expect(entry.state).toBe('delivered');
  });
});

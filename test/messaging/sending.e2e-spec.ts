import { eventually } from '../../libs/testing';
import { signUp, type SignedUp } from '../support/accounts';
import { conversationOf, startMessagingApp, VIRTUAL_NUMBER, wire, type MessagingApp } from './support/messaging-app';
import { createContact } from '../support/contacts';

describe('messaging: texting a contact through Vonage (the sandbox)', () => {
  let m: MessagingApp;
  let account: SignedUp;

  beforeAll(async () => {
    m = await startMessagingApp();
    account = await signUp(m.app);
  });

  afterAll(() => m.close());

  it('sends a free text once, with the message id as client-ref, from the virtual number, and it is delivered', async () => {
    const contact = await createContact(m.app, account);
    const sent = await m.app
      .http()
      .post(`/api/v1/contacts/${contact.id}/messages`)
      .set(account.auth)
      .send({ text: 'Hi Sam \u2013 your invoice is ready, it\u2019s \u00a3120.' })
      .expect(202);
    expect(sent.body).toMatchObject({
      encoding: 'GSM-7',
      parts: 1,
      text: "Hi Sam - your invoice is ready, it's \u00a3120.",
    });

    const arrived = await eventually(() => {
      const texts = m.sandbox.admin.sent().filter((sms) => sms.to === wire(contact.mobile as string));
      expect(texts).toHaveLength(1);
      return texts[0];
    });
    expect(arrived).toMatchObject({ clientRef: sent.body.messageId, from: VIRTUAL_NUMBER, type: 'text', status: 0 });

    const entries = await eventually(async () => {
      const all = await conversationOf(m.app, account, contact.id);
      expect(all).toEqual([expect.objectContaining({ id: sent.body.messageId, direction: 'out', state: 'delivered' })]);
      return all;
    });
    expect(entries[0].purpose).toBe('free_text');
    expect(m.sandbox.admin.sent().filter((sms) => sms.clientRef === sent.body.messageId)).toHaveLength(1);
  });

  it('sends a text that needs UCS-2 as unicode', async () => {
    const contact = await createContact(m.app, account);
    const sent = await m.app
      .http()
      .post(`/api/v1/contacts/${contact.id}/messages`)
      .set(account.auth)
      .send({ text: 'Thanks \u{1F600}' })
      .expect(202);
    expect(sent.body.encoding).toBe('UCS-2');
    const sms = await eventually(() => {
      const found = m.sandbox.admin.sent().find((each) => each.clientRef === sent.body.messageId);
      expect(found).toBeDefined();
      return found;
    });
    expect(sms).toMatchObject({ type: 'unicode', garbled: false });
  });

  it('refuses a contact without a mobile or opted out with 409 saying why, and sends nothing', async () => {
    const noMobile = await createContact(m.app, account, { mobile: null });
    const optedOut = await createContact(m.app, account, { optedOut: true });
    const before = m.sandbox.admin.sent().length;
    for (const [contact, reason] of [
      [noMobile, 'no_mobile'],
      [optedOut, 'opted_out'],
    ] as const) {
      const refused = await m.app
        .http()
        .post(`/api/v1/contacts/${contact.id}/messages`)
        .set(account.auth)
        .send({ text: 'Hello' })
        .expect(409);
      expect(refused.body).toMatchObject({
        code: 'MESSAGING.CONTACT_UNREACHABLE',
        errors: [{ field: 'reason', message: reason }],
      });
      expect(await conversationOf(m.app, account, contact.id)).toEqual([]);
    }
    expect(m.sandbox.admin.sent()).toHaveLength(before);
  });

  it("answers 404 for another account's contact", async () => {
    const other = await signUp(m.app);
    const theirs = await createContact(m.app, other);
    await m.app
      .http()
      .post(`/api/v1/contacts/${theirs.id}/messages`)
      .set(account.auth)
      .send({ text: 'Hi' })
      .expect(404);
  });

  it('lists conversations with the latest activity first', async () => {
    const fresh = await signUp(m.app);
    const first = await createContact(m.app, fresh);
    const second = await createContact(m.app, fresh);
    for (const contact of [first, second]) {
      await m.app
        .http()
        .post(`/api/v1/contacts/${contact.id}/messages`)
        .set(fresh.auth)
        .send({ text: 'Hi' })
        .expect(202);
    }
    const page1 = await m.app.http().get('/api/v1/conversations?limit=1').set(fresh.auth).expect(200);
    expect(page1.body.data).toEqual([
      expect.objectContaining({ contactId: second.id, contactName: 'Sam Patel', unreadCount: 0 }),
    ]);
    const page2 = await m.app
      .http()
      .get(`/api/v1/conversations?limit=1&cursor=${page1.body.page.nextCursor as string}`)
      .set(fresh.auth)
      .expect(200);
    expect(page2.body.data).toEqual([expect.objectContaining({ contactId: first.id })]);
    expect(page2.body.page.nextCursor).toBeNull();
  });
});

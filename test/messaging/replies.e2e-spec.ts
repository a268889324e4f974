import { eventually } from '../../libs/testing';
import { signUp, type SignedUp } from '../support/accounts';
import { conversationOf, startMessagingApp, VIRTUAL_NUMBER, wire, type MessagingApp } from './support/messaging-app';
import { createContact } from '../support/contacts';

describe('messaging: replies, STOP, START and HELP', () => {
  let m: MessagingApp;
  let account: SignedUp;

  beforeAll(async () => {
    m = await startMessagingApp({ receiptFormat: 'GET', inboundFormat: 'POST' });
    account = await signUp(m.app, { accountName: 'Hartley Plumbing Ltd' });
  });

  afterAll(() => m.close());

  /** A contact Settle has texted, so that their replies are routed back to this account. */
  async function textedContact(): Promise<{ id: string; phone: string }> {
    const contact = await createContact(m.app, account);
    await m.app
      .http()
      .post(`/api/v1/contacts/${contact.id}/messages`)
      .set(account.auth)
      .send({ text: 'Hi' })
      .expect(202);
    const phone = wire(contact.mobile as string);
    await eventually(() => expect(m.sandbox.admin.sent().filter((sms) => sms.to === phone)).toHaveLength(1));
    return { id: contact.id, phone };
  }

  const textsTo = (phone: string) => m.sandbox.admin.sent().filter((sms) => sms.to === phone && sms.status === 0);

  it('puts a reply (a multipart one, parts out of order) in the conversation as unread', async () => {
    const contact = await textedContact();
    const reply = 'Thanks for the invoice, I will pay it on Friday when I am back from the job in town. '
      .repeat(3)
      .trim();
    await m.sandbox.admin.injectInbound({
      from: contact.phone,
      to: VIRTUAL_NUMBER,
      text: reply,
      multipart: true,
      reversed: true,
    });
    const list = await eventually(async () => {
      const response = await m.app.http().get('/api/v1/conversations').set(account.auth).expect(200);
      const mine = response.body.data.find((row: { contactId: string }) => row.contactId === contact.id);
      expect(mine).toMatchObject({ unreadCount: 1, lastMessagePreview: reply.slice(0, 160) });
      return mine;
    });
    expect(list.unreadCount).toBe(1);
    const entries = await conversationOf(m.app, account, contact.id);
    expect(entries.map((entry) => [entry.direction, entry.text])).toEqual([
      ['out', 'Hi'],
      ['in', reply],
    ]);
    const after = await m.app.http().get('/api/v1/conversations').set(account.auth).expect(200);
    expect(after.body.data.find((row: { contactId: string }) => row.contactId === contact.id).unreadCount).toBe(0);
  });

  it('STOP opts the contact out with one confirmation; then sends are refused; START opts back in', async () => {
    const contact = await textedContact();
    await m.sandbox.admin.injectInbound({ from: contact.phone, text: 'STOP' });
    await eventually(async () => {
      const consent = await m.app.http().get(`/api/v1/contacts/${contact.id}/consent`).set(account.auth).expect(200);
      expect(consent.body).toMatchObject({
        optedOut: true,
        changes: [{ change: 'opt_out', how: 'sms_keyword', text: 'STOP' }],
      });
    });
    await eventually(() => expect(textsTo(contact.phone)).toHaveLength(2));
    expect(textsTo(contact.phone)[1].text).toContain('You will no longer receive texts from Hartley Plumbing Ltd');

    await m.sandbox.admin.injectInbound({ from: contact.phone, text: 'stop' });
    await m.sandbox.admin.injectInbound({ from: contact.phone, text: 'HELP' });
    await eventually(async () => {
      const entries = await conversationOf(m.app, account, contact.id);
      expect(entries.filter((entry) => entry.direction === 'in').map((entry) => entry.text)).toEqual([
        'STOP',
        'stop',
        'HELP',
      ]);
    });
    const refused = await m.app
      .http()
      .post(`/api/v1/contacts/${contact.id}/messages`)
      .set(account.auth)
      .send({ text: 'Are you there?' })
      .expect(409);
    expect(refused.body.errors).toEqual([{ field: 'reason', message: 'opted_out' }]);
    expect(textsTo(contact.phone)).toHaveLength(2);

    await m.sandbox.admin.injectInbound({ from: contact.phone, text: 'START' });
    await eventually(async () => {
      const consent = await m.app.http().get(`/api/v1/contacts/${contact.id}/consent`).set(account.auth).expect(200);
      expect(consent.body.optedOut).toBe(false);
      expect(consent.body.changes.map((change: { change: string }) => change.change)).toEqual(['opt_out', 'opt_in']);
    });
    await eventually(() => expect(textsTo(contact.phone)).toHaveLength(3));
    expect(textsTo(contact.phone)[2].text).toContain('You will receive texts from Hartley Plumbing Ltd again');
    await m.app
      .http()
      .post(`/api/v1/contacts/${contact.id}/messages`)
      .set(account.auth)
      .send({ text: 'Welcome back' })
      .expect(202);
  });

  it('answers HELP with the business name', async () => {
    const contact = await textedContact();
    await m.sandbox.admin.injectInbound({ from: contact.phone, text: 'help' });
    await eventually(() => expect(textsTo(contact.phone)).toHaveLength(2));
    expect(textsTo(contact.phone)[1].text).toMatch(/^Hartley Plumbing Ltd: /);
  });

  it('records an opt-out made through PATCH in the ledger', async () => {
    const contact = await createContact(m.app, account);
    await m.app.http().patch(`/api/v1/contacts/${contact.id}`).set(account.auth).send({ optedOut: true }).expect(200);
    const consent = await m.app.http().get(`/api/v1/contacts/${contact.id}/consent`).set(account.auth).expect(200);
    expect(consent.body.changes).toEqual([
      expect.objectContaining({ change: 'opt_out', how: 'user', userId: account.userId, messageId: null }),
    ]);
  });
});

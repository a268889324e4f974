import { QueryBus } from '@nestjs/cqrs';
import { RenderMessageQuery, type MessageValues } from '../../src/modules/messaging/contracts';
import { signUp, type SignedUp } from '../support/accounts';
import { startTestApp, type TestApp } from '../support/test-app';

const VALUES: MessageValues = {
  contactFirstName: 'Sam',
  contactName: 'Sam Patel',
  businessName: 'Hartley Plumbing',
  invoiceNumber: '1042',
  amountDue: { minor: '12050', currency: 'GBP' },
  dueDate: '2026-12-05',
  paymentLink: 'http://localhost:3000/p/abc',
};

describe('messaging: message templates', () => {
  let app: TestApp;
  let account: SignedUp;

  beforeAll(async () => {
    app = await startTestApp();
    account = await signUp(app);
  });

  afterAll(() => app.close());

  it('lists the default invoice intro, editable but not deletable', async () => {
    const list = await app.http().get('/api/v1/message-templates').set(account.auth).expect(200);
    expect(list.body).toEqual([expect.objectContaining({ kind: 'invoice_intro', name: 'Invoice intro' })]);
    const intro = list.body[0] as { id: string; body: string };
    expect(intro.body).toContain('{payment_link}');
    const again = await app.http().get('/api/v1/message-templates').set(account.auth).expect(200);
    expect(again.body).toHaveLength(1);
    await app
      .http()
      .patch(`/api/v1/message-templates/${intro.id}`)
      .set(account.auth)
      .send({ body: 'Hello {first_name}, invoice {invoice_number}: {payment_link}' })
      .expect(200);
    const deleted = await app.http().delete(`/api/v1/message-templates/${intro.id}`).set(account.auth).expect(409);
    expect(deleted.body.code).toBe('MESSAGING.DEFAULT_TEMPLATE_REQUIRED');
    const rendered = await app.app
      .get(QueryBus)
      .execute(new RenderMessageQuery(account.accountId, { defaultTemplate: 'invoice_intro' }, VALUES));
    expect(rendered).toEqual({
      text: 'Hello Sam, invoice 1042: http://localhost:3000/p/abc',
      encoding: 'GSM-7',
      length: 52,
      parts: 1,
    });
  });

  it('creates, reads, changes and deletes a template', async () => {
    const created = await app
      .http()
      .post('/api/v1/message-templates')
      .set(account.auth)
      .send({ name: 'Reminder', body: 'Hi {first_name},\n{amount_due} is due {due_date}.' })
      .expect(201);
    const url = `/api/v1/message-templates/${created.body.id as string}`;
    expect((await app.http().get(url).set(account.auth).expect(200)).body).toMatchObject({
      kind: 'custom',
      name: 'Reminder',
    });
    await app.http().patch(url).set(account.auth).send({ name: 'Gentle reminder' }).expect(200);
    const rendered = await app.app
      .get(QueryBus)
      .execute(new RenderMessageQuery(account.accountId, { templateId: created.body.id }, VALUES));
    expect(rendered.text).toBe('Hi Sam,\n\u00a3120.50 is due 5 Dec 2026.\nhttp://localhost:3000/p/abc');
    await app.http().delete(url).set(account.auth).expect(204);
    await app.http().get(url).set(account.auth).expect(404);
  });

  it('refuses unknown placeholders with 400 naming them', async () => {
    const refused = await app
      .http()
      .post('/api/v1/message-templates')
      .set(account.auth)
      .send({ name: 'Bad', body: 'Hi {firstname}, pay {amount} now {payment_link}' })
      .expect(400);
    expect(refused.body.code).toBe('MESSAGING.UNKNOWN_PLACEHOLDERS');
    expect(refused.body.detail).toContain('{firstname}');
    expect(refused.body.detail).toContain('{amount}');
    const list = await app.http().get('/api/v1/message-templates').set(account.auth).expect(200);
    const intro = list.body[0] as { id: string };
    await app
      .http()
      .patch(`/api/v1/message-templates/${intro.id}`)
      .set(account.auth)
      .send({ body: 'Hi {nme}' })
      .expect(400);
  });

  it("keeps accounts' templates apart", async () => {
    const other = await signUp(app);
    const mine = await app.http().get('/api/v1/message-templates').set(account.auth).expect(200);
    const id = (mine.body[0] as { id: string }).id;
    await app.http().get(`/api/v1/message-templates/${id}`).set(other.auth).expect(404);
    await app.http().patch(`/api/v1/message-templates/${id}`).set(other.auth).send({ name: 'x' }).expect(404);
  });

  it('shows and changes the sender, saying alphanumeric senders cannot receive replies', async () => {
    const initial = await app.http().get('/api/v1/messaging/settings').set(account.auth).expect(200);
    expect(initial.body).toMatchObject({ isDefaultSender: true });
    const changed = await app
      .http()
      .patch('/api/v1/messaging/settings')
      .set(account.auth)
      .send({ sender: { kind: 'alphanumeric', value: 'Hartley' } })
      .expect(200);
    expect(changed.body).toEqual({
      sender: { kind: 'alphanumeric', value: 'Hartley', canReceiveReplies: false },
      isDefaultSender: false,
    });
    await app
      .http()
      .patch('/api/v1/messaging/settings')
      .set(account.auth)
      .send({ sender: { kind: 'alphanumeric', value: 'Far too long a name' } })
      .expect(400);
    const number = await app
      .http()
      .patch('/api/v1/messaging/settings')
      .set(account.auth)
      .send({ sender: { kind: 'number', value: '447700900123' } })
      .expect(200);
    expect(number.body.sender).toEqual({ kind: 'number', value: '+447700900123', canReceiveReplies: true });
  });
});

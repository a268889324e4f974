import { CommandBus } from '@nestjs/cqrs';
import { eventually } from '../../libs/testing';
import { SendTextCommand } from '../../src/modules/messaging/contracts';
import { Message } from '../../src/modules/messaging/domain/message';
import { signUp, type SignedUp } from '../support/accounts';
import { conversationOf, startMessagingApp, wire, type MessagingApp } from './support/messaging-app';
import { createContact } from '../support/contacts';

describe('messaging: sending safely (at most once, throttling ridden out)', () => {
  let m: MessagingApp;
  let account: SignedUp;

  beforeAll(async () => {
    m = await startMessagingApp();
    account = await signUp(m.app);
  });

  afterAll(() => m.close());

  it('never calls Vonage again for a text a worker left "sending": it becomes unknown and its receipt reconciles it', async () => {
    const contact = await createContact(m.app, account);
    const commands = m.app.app.get(CommandBus);
    const messageId = await m.scope.transaction(account.accountId, async (em) => {
      const queued = await commands.execute(
        new SendTextCommand(account.accountId, contact.id, 'Your invoice', 'free_text'),
      );
      // As if a worker had marked it sending, called Vonage and died before recording the answer.
      await em.nativeUpdate(Message, { id: queued.messageId }, { state: 'sending' });
      return queued.messageId;
    });
    await eventually(async () => {
      const [entry] = await conversationOf(m.app, account, contact.id);
      expect(entry).toMatchObject({ id: messageId, state: 'unknown' });
    });
    expect(m.sandbox.admin.sent().filter((sms) => sms.clientRef === messageId)).toEqual([]);

    await m.app
      .http()
      .post('/webhooks/vonage/delivery-receipts')
      .send({
        msisdn: wire(contact.mobile as string),
        to: '447700900100',
        messageId: '0A00000000DIEDMID1',
        status: 'delivered',
        'err-code': '0',
        'api-key': m.sandbox.apiKey,
        'client-ref': messageId,
        'message-timestamp': '2026-12-01 10:00:00',
      })
      .expect(200);
    await eventually(async () => {
      const [entry] = await conversationOf(m.app, account, contact.id);
      expect(entry).toMatchObject({ id: messageId, state: 'delivered' });
    });
    expect(m.sandbox.admin.sent().filter((sms) => sms.clientRef === messageId)).toEqual([]);
  });

  it('queues nothing twice for the same message id', async () => {
    const contact = await createContact(m.app, account);
    const commands = m.app.app.get(CommandBus);
    const messageId = '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a99';
    const options = { messageId };
    await commands.execute(new SendTextCommand(account.accountId, contact.id, 'Once', 'free_text', options));
    await commands.execute(new SendTextCommand(account.accountId, contact.id, 'Once', 'free_text', options));
    await eventually(async () => {
      const entries = await conversationOf(m.app, account, contact.id);
      expect(entries).toEqual([expect.objectContaining({ id: messageId, state: 'delivered' })]);
    });
    expect(m.sandbox.admin.sent().filter((sms) => sms.clientRef === messageId)).toHaveLength(1);
  });

  it('rides out throttling: Vonage answers status 1 three times, the text still goes, once', async () => {
    const contact = await createContact(m.app, account);
    const phone = wire(contact.mobile as string);
    m.sandbox.admin.forceStatus({ status: 1, to: phone, times: 3 });
    const sent = await m.app
      .http()
      .post(`/api/v1/contacts/${contact.id}/messages`)
      .set(account.auth)
      .send({ text: 'Through in the end' })
      .expect(202);
    await eventually(async () => {
      const [entry] = await conversationOf(m.app, account, contact.id);
      expect(entry).toMatchObject({ id: sent.body.messageId, state: 'delivered' });
    });
    const attempts = m.sandbox.admin.sent().filter((sms) => sms.clientRef === sent.body.messageId);
    expect(attempts.map((sms) => sms.status)).toEqual([1, 1, 1, 0]);
  });

  it('records an invoice text with its note in the conversation', async () => {
    const contact = await createContact(m.app, account);
    const invoiceId = '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a30';
    const commands = m.app.app.get(CommandBus);
    const { messageId } = await commands.execute(
      new SendTextCommand(account.accountId, contact.id, 'Invoice 1042: https://pay.example/p/x', 'invoice', {
        invoiceId,
        sentBy: account.userId,
      }),
    );
    const entries = await conversationOf(m.app, account, contact.id);
    expect(entries.map((entry) => [entry.direction, entry.noteKind ?? entry.purpose])).toEqual([
      ['out', 'invoice'],
      ['note', 'invoice_sent'],
    ]);
    expect(entries[0].id).toBe(messageId);
  });
});

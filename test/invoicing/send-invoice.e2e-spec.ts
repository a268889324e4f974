import { randomBytes } from 'node:crypto';
import { nextMobile } from '../support/contacts';
import type { VonageSandbox } from '../../libs/sandbox/vonage';
import { eventually } from '../../libs/testing';
import { signUp, type SignedUp } from '../support/accounts';
import type { TestApp } from '../support/test-app';
import { startAppWithVonage } from '../support/vonage';
import { invoiceRecord } from './support/invoice-record.mother';
import { upsertInvoices } from './support/invoices';

/** A UK mobile of its own per test, so the sandbox phone shows only that test's texts. */
function freshMobile(): { national: string; e164: string } {
  const international = nextMobile();
  return { national: international, e164: international.slice(1) };
}

describe('Save and Send: an invoice texted with its payment link', () => {
  let app: TestApp;
  let vonage: VonageSandbox;
  let close: () => Promise<void>;
  let owner: SignedUp;

  beforeAll(async () => {
    ({ app, vonage, close } = await startAppWithVonage());
    owner = await signUp(app, { accountName: 'Hartley Plumbing' });
  });

  afterAll(() => close());

  async function contact(body: Record<string, unknown>): Promise<string> {
    const created = await app.http().post('/api/v1/contacts').set(owner.auth).send(body).expect(201);
    return created.body.id as string;
  }

  async function invoiceFor(contactId: string, overrides = {}): Promise<string> {
    const quickBooksId = String(randomBytes(4).readUInt32BE(0));
    const [created] = await upsertInvoices(
      app,
      owner.accountId,
      [invoiceRecord({ quickBooksId, docNumber: `INV-${quickBooksId}`, dueDate: '2099-04-01', ...overrides })],
      { contactId },
    );
    return created.invoiceId as string;
  }

  const send = (invoiceId: string, body: Record<string, unknown> = {}) =>
    app.http().post(`/api/v1/invoices/${invoiceId}/send`).set(owner.auth).send(body);
  const preview = (invoiceId: string, message: string) =>
    app.http().post(`/api/v1/invoices/${invoiceId}/message-preview`).set(owner.auth).send({ message });

  it('texts the message with the link appended, records "sent" by the user, and resends the saved text', async () => {
    const mobile = freshMobile();
    const contactId = await contact({ firstName: 'Jane', lastName: 'Doe', mobile: mobile.national });
    const invoiceId = await invoiceFor(contactId);
    const link = await app.http().get(`/api/v1/invoices/${invoiceId}/payment-link`).set(owner.auth).expect(200);
    expect(link.body.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/p\/[\w-]{32}$/);

    const sent = await send(invoiceId, {
      message: 'Hi {first_name}, {business_name} invoice {invoice_number}: {amount_due}',
    }).expect(200);
    expect(sent.body.message.text).toMatch(/^Hi Jane, Hartley Plumbing invoice INV-\d+: £120\.00\n/);
    expect(sent.body.message.text.endsWith(link.body.url)).toBe(true);
    expect(sent.body).toMatchObject({ paymentLink: link.body.url, message: { encoding: 'GSM-7', parts: 1 } });

    const texts = await eventually(() => {
      const received = vonage.admin.textsTo(mobile.e164);
      expect(received).toHaveLength(1);
      return received;
    });
    expect(texts[0].text).toBe(sent.body.message.text);
    const [request] = vonage.admin.sent().filter((sms) => sms.to === mobile.e164);
    expect(request.clientRef).toBe(sent.body.messageId);

    const invoice = await app.http().get(`/api/v1/invoices/${invoiceId}`).set(owner.auth).expect(200);
    expect(invoice.body.lastAction).toMatchObject({ kind: 'sent', by: owner.userId });

    const conversation = await app.http().get(`/api/v1/contacts/${contactId}/conversation`).set(owner.auth).expect(200);
    expect(conversation.body.entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: sent.body.messageId,
          direction: 'out',
          purpose: 'invoice',
          sentBy: owner.userId,
        }),
        expect.objectContaining({ noteKind: 'invoice_sent', invoiceId }),
      ]),
    );

    const resent = await send(invoiceId).expect(200);
    expect(resent.body.message.text).toBe(sent.body.message.text);
    expect(resent.body.messageId).not.toBe(sent.body.messageId);
    await eventually(() => expect(vonage.admin.textsTo(mobile.e164)).toHaveLength(2));
  });

  it("uses the account's invoice template when the invoice was never sent", async () => {
    const mobile = freshMobile();
    const invoiceId = await invoiceFor(await contact({ firstName: 'Sam', mobile: mobile.national }));
    const sent = await send(invoiceId).expect(200);
    expect(sent.body.message.text).toContain('Sam');
    expect(sent.body.message.text).toContain('£120.00');
    expect(sent.body.message.text).toContain(sent.body.paymentLink);
  });

  it('refuses a contact who cannot receive texts with a 409 saying why, and sends and records nothing', async () => {
    const noMobile = await invoiceFor(await contact({ firstName: 'Nomo', email: `nomo-${Date.now()}@example.com` }));
    const refused = await send(noMobile, { message: 'Hello' }).expect(409);
    expect(refused.body.code).toBe('MESSAGING.CONTACT_UNREACHABLE');
    expect(JSON.stringify(refused.body)).toMatch(/mobile/i);

    const mobile = freshMobile();
    const optedOut = await invoiceFor(await contact({ firstName: 'Otto', mobile: mobile.national, optedOut: true }));
    const stopped = await send(optedOut, { message: 'Hello' }).expect(409);
    expect(stopped.body.code).toBe('MESSAGING.CONTACT_UNREACHABLE');
    expect(JSON.stringify(stopped.body)).toMatch(/opted out/i);

    for (const invoiceId of [noMobile, optedOut]) {
      const invoice = await app.http().get(`/api/v1/invoices/${invoiceId}`).set(owner.auth).expect(200);
      expect(invoice.body.lastAction.kind).toBe('imported');
    }
    expect(vonage.admin.textsTo(mobile.e164)).toHaveLength(0);
  });

  it('refuses a paid invoice (409) and an unknown invoice (404)', async () => {
    const paid = await invoiceFor(await contact({ firstName: 'Paula', mobile: freshMobile().national }), {
      balanceMinor: 0n,
    });
    expect((await send(paid, { message: 'Hi' }).expect(409)).body.code).toBe('INVOICING.INVOICE_ALREADY_PAID');
    await send('0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a99', { message: 'Hi' }).expect(404);
  });

  describe('preview: the text as it would go, its encoding and its parts', () => {
    let invoiceId: string;
    let linkLength: number;

    beforeAll(async () => {
      invoiceId = await invoiceFor(await contact({ firstName: 'Pre', mobile: freshMobile().national }));
      const link = await app.http().get(`/api/v1/invoices/${invoiceId}/payment-link`).set(owner.auth).expect(200);
      linkLength = (link.body.url as string).length;
    });

    /** A message of exactly `length` units once rendered: filler, a space, then the link. */
    const ofLength = (length: number, filler: string) => `${filler.repeat(length - linkLength - 1)} {payment_link}`;

    it.each([
      [160, 1],
      [161, 2],
      [306, 2],
      [307, 3],
    ])('GSM-7: %i characters are %i part(s)', async (length, parts) => {
      const answer = await preview(invoiceId, ofLength(length, 'a')).expect(200);
      expect(answer.body).toMatchObject({ encoding: 'GSM-7', length, parts });
    });

    it.each([
      [70, 1],
      [71, 2],
      [134, 2],
      [135, 3],
    ])('UCS-2: %i characters are %i part(s)', async (length, parts) => {
      const answer = await preview(invoiceId, ofLength(length, 'ж')).expect(200);
      expect(answer.body).toMatchObject({ encoding: 'UCS-2', length, parts });
    });

    it('turns curly quotes and dashes into GSM-7 instead of doubling the cost', async () => {
      const answer = await preview(invoiceId, '“Thanks” – it’s {amount_due}').expect(200);
      expect(answer.body).toMatchObject({ encoding: 'GSM-7', parts: 1 });
      expect(answer.body.text).toMatch(/^"Thanks" - it's £120\.00/);
    });

    it('names unknown placeholders in a 400, and saves and sends nothing', async () => {
      const answer = await preview(invoiceId, 'Hi {frist_name} {payment_link}').expect(400);
      expect(JSON.stringify(answer.body)).toContain('frist_name');
      await send(invoiceId, { message: 'Hi {frist_name}' }).expect(400);
      const invoice = await app.http().get(`/api/v1/invoices/${invoiceId}`).set(owner.auth).expect(200);
      expect(invoice.body.lastAction.kind).toBe('imported');
    });
  });
});

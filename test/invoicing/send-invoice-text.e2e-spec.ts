import { CommandBus } from '@nestjs/cqrs';
import { randomBytes } from 'node:crypto';
import { newId } from '../../libs/ids';
import type { VonageSandbox } from '../../libs/sandbox/vonage';
import { eventually } from '../../libs/testing';
import { SendInvoiceTextCommand, type InvoiceTextOutcome } from '../../src/modules/invoicing/contracts';
import { signUp, type SignedUp } from '../support/accounts';
import { createContact } from '../support/contacts';
import type { TestApp } from '../support/test-app';
import { startAppWithVonage } from '../support/vonage';
import { invoiceRecord } from './support/invoice-record.mother';
import { upsertInvoices } from './support/invoices';

describe('automatic texts about an invoice (reminders, thank-yous)', () => {
  let app: TestApp;
  let vonage: VonageSandbox;
  let close: () => Promise<void>;
  let owner: SignedUp;

  beforeAll(async () => {
    ({ app, vonage, close } = await startAppWithVonage());
    owner = await signUp(app, { accountName: 'Hartley Plumbing' });
  });

  afterAll(() => close());

  async function invoiceFor(contactId: string, overrides = {}): Promise<string> {
    const quickBooksId = String(randomBytes(4).readUInt32BE(0));
    const [created] = await upsertInvoices(
      app,
      owner.accountId,
      [invoiceRecord({ quickBooksId, docNumber: `INV-${quickBooksId}`, ...overrides })],
      { contactId },
    );
    return created.invoiceId as string;
  }

  const text = (invoiceId: string, purpose: 'reminder' | 'thank_you', body: string, messageId = newId()) =>
    app.app
      .get(CommandBus)
      .execute(
        new SendInvoiceTextCommand(owner.accountId, invoiceId, purpose, { text: body }, messageId),
      ) as Promise<InvoiceTextOutcome>;

  it('sends a reminder with the payment link appended, once per message id', async () => {
    const contact = await createContact(app, owner, { firstName: 'Rita' });
    const invoiceId = await invoiceFor(contact.id);
    const messageId = newId();
    const first = await text(invoiceId, 'reminder', 'Hi {first_name}, {amount_due} is due {due_date}.', messageId);
    const again = await text(invoiceId, 'reminder', 'Hi {first_name}, {amount_due} is due {due_date}.', messageId);
    expect(first).toMatchObject({ outcome: 'sent', messageId });
    expect(again).toEqual(first);
    if (first.outcome !== 'sent') throw new Error('not sent');
    expect(first.text).toMatch(/^Hi Rita, £120\.00 is due 1 Apr 2099\.\nhttp:\/\/127\.0\.0\.1:\d+\/p\/[\w-]{32}$/);
    const number = (contact.mobile as string).slice(1);
    await eventually(() => expect(vonage.admin.textsTo(number)).toHaveLength(1));
  });

  it('answers a retry of a text already queued as sent, even when the invoice has gone since', async () => {
    const contact = await createContact(app, owner);
    const invoiceId = await invoiceFor(contact.id);
    const messageId = newId();
    const first = await text(invoiceId, 'reminder', 'Pay up', messageId);
    await app.http().delete(`/api/v1/invoices/${invoiceId}`).set(owner.auth).expect(204);

    expect(await text(invoiceId, 'reminder', 'Pay up', messageId)).toEqual(first);
    expect(await text(invoiceId, 'reminder', 'Pay up')).toEqual({ outcome: 'skipped', reason: 'removed' });
    await eventually(() => expect(vonage.admin.textsTo((contact.mobile as string).slice(1))).toHaveLength(1));
  });

  it('skips a reminder for a paid or removed invoice, and a contact who cannot be texted, sending nothing', async () => {
    const contact = await createContact(app, owner);
    const paid = await invoiceFor(contact.id, { balanceMinor: 0n });
    expect(await text(paid, 'reminder', 'Pay up')).toEqual({ outcome: 'skipped', reason: 'paid' });

    const removed = await invoiceFor(contact.id);
    await app.http().delete(`/api/v1/invoices/${removed}`).set(owner.auth).expect(204);
    expect(await text(removed, 'reminder', 'Pay up')).toEqual({ outcome: 'skipped', reason: 'removed' });
    expect(await text(newId(), 'reminder', 'Pay up')).toEqual({ outcome: 'skipped', reason: 'removed' });

    const optedOut = await createContact(app, owner, { optedOut: true });
    const forOptedOut = await invoiceFor(optedOut.id);
    expect(await text(forOptedOut, 'reminder', 'Pay up')).toEqual({ outcome: 'skipped', reason: 'opted_out' });
    const noMobile = await createContact(app, owner, { mobile: null, email: `nomo-${newId()}@example.com` });
    expect(await text(await invoiceFor(noMobile.id), 'reminder', 'Pay up')).toEqual({
      outcome: 'skipped',
      reason: 'no_mobile',
    });

    expect(vonage.admin.textsTo((contact.mobile as string).slice(1))).toHaveLength(0);
    expect(vonage.admin.textsTo((optedOut.mobile as string).slice(1))).toHaveLength(0);
  });

  it('thanks the customer for a paid invoice, without a payment link', async () => {
    const contact = await createContact(app, owner, { firstName: 'Tom' });
    const paid = await invoiceFor(contact.id, { balanceMinor: 0n });
    const thanks = await text(paid, 'thank_you', 'Thank you {first_name}, invoice {invoice_number} is paid.');
    expect(thanks).toMatchObject({ outcome: 'sent' });
    if (thanks.outcome !== 'sent') throw new Error('not sent');
    expect(thanks.text).toMatch(/^Thank you Tom, invoice INV-\d+ is paid\.$/);
  });
});

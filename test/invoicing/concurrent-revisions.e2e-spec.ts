import { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { OutboxMessage } from '../../src/platform/outbox/outbox-message';
import { signUp, type SignedUp } from '../support/accounts';
import { startTestApp, type TestApp } from '../support/test-app';
import { invoiceRecord, revisionOf } from './support/invoice-record.mother';
import { upsertInvoices } from './support/invoices';

describe('one QuickBooks revision applied by several jobs at once', () => {
  let app: TestApp;
  let owner: SignedUp;

  beforeAll(async () => {
    app = await startTestApp();
    owner = await signUp(app);
  });

  afterAll(() => app.close());

  it('pays the invoice once: one InvoicePaid however many jobs apply the paid revision together', async () => {
    const contactId = randomUUID();
    const open = invoiceRecord({ quickBooksId: '7001', docNumber: 'INV-7001' });
    const [{ invoiceId }] = await upsertInvoices(app, owner.accountId, [open], { contactId });
    const paid = revisionOf(open, { balanceMinor: 0n });

    // The invoice's update webhook and a payment notice's re-read of it, racing.
    await Promise.all(Array.from({ length: 6 }, () => upsertInvoices(app, owner.accountId, [paid], { contactId })));

    const events = await app.app
      .get(EntityManager)
      .fork()
      .find(OutboxMessage, { eventName: 'invoicing.invoice-paid.v1', accountId: owner.accountId });
    expect(events.filter((event) => event.payload.invoiceId === invoiceId)).toHaveLength(1);
  });
});

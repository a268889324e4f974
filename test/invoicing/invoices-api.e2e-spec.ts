import { EntityManager } from '@mikro-orm/postgresql';
import { CommandBus } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { RemoveInvoiceDeletedInQuickBooksCommand } from '../../src/modules/invoicing/contracts';
import { DeleteInvoiceCommand } from '../../src/modules/invoicing/use-cases/delete-invoice/delete-invoice.command';
import { EditInvoiceCommand } from '../../src/modules/invoicing/use-cases/edit-invoice/edit-invoice.command';
import { OutboxMessage } from '../../src/platform/outbox/outbox-message';
import { signUp, type SignedUp } from '../support/accounts';
import { startTestApp, type TestApp } from '../support/test-app';
import { invoiceRecord, itemLine, revisionOf, voidedRevisionOf } from './support/invoice-record.mother';
import { upsertInvoices } from './support/invoices';

interface Row {
  id: string;
  number: string;
  status: string;
  currency: string;
  total: { amount: string; minorUnits: string; currency: string };
}

describe('invoices API', () => {
  let app: TestApp;
  let owner: SignedUp;
  const contactA = randomUUID();
  const contactB = randomUUID();

  const records = [
    invoiceRecord({
      quickBooksId: '1',
      docNumber: '1001',
      txnDate: '2025-01-10',
      dueDate: '2025-02-09',
      customerName: 'Amelia Clarke',
    }),
    invoiceRecord({
      quickBooksId: '2',
      docNumber: '1002',
      txnDate: '2025-03-15',
      balanceMinor: 0n,
      customerName: 'Amelia Clarke',
    }),
    invoiceRecord({
      quickBooksId: '3',
      docNumber: '1003',
      txnDate: '2025-06-01',
      currency: 'USD',
      customerName: 'Brook & Sons',
      lines: [itemLine(25000n)],
      totalTaxMinor: 5000n,
      totalAmountMinor: 30000n,
      balanceMinor: 10000n,
    }),
    invoiceRecord({ quickBooksId: '4', docNumber: '1004', txnDate: '2026-01-20', customerName: 'Brook & Sons' }),
  ];

  beforeAll(async () => {
    app = await startTestApp();
    owner = await signUp(app);
    await upsertInvoices(app, owner.accountId, records.slice(0, 2), { contactId: contactA });
    await upsertInvoices(app, owner.accountId, records.slice(2), { contactId: contactB });
  });

  afterAll(() => app.close());

  const list = async (query: string): Promise<{ data: Row[]; page: { nextCursor: string | null } }> =>
    (await app.http().get(`/api/v1/invoices?${query}`).set(owner.auth).expect(200)).body;
  const numbers = async (query: string) => (await list(query)).data.map((row) => row.number);

  it('lists invoices newest first with money as decimal strings, minor units and currency', async () => {
    const page = await list('');
    expect(page.data.map((row) => row.number)).toEqual(['1004', '1003', '1002', '1001']);
    expect(page.data[1]).toMatchObject({
      currency: 'USD',
      status: 'partially_paid',
      total: { amount: '300.00', minorUnits: '30000', currency: 'USD', formatted: 'US$300.00' },
      balance: { amount: '100.00' },
      lastAction: { kind: 'imported', by: 'quickbooks' },
      contactName: 'Brook & Sons',
    });
  });

  it('filters by status, overdue, contact, dates and currency, and searches number or name', async () => {
    expect(await numbers('status=paid')).toEqual(['1002']);
    expect(await numbers('status=overdue')).toEqual(['1001']);
    expect(await numbers('overdue=true')).toEqual(['1001']);
    expect(await numbers('status=open')).toEqual(['1004']);
    expect(await numbers(`contactId=${contactA}`)).toEqual(['1002', '1001']);
    expect(await numbers('from=2025-03-01&to=2025-12-31')).toEqual(['1003', '1002']);
    expect(await numbers('currency=USD')).toEqual(['1003']);
    expect(await numbers('q=brook')).toEqual(['1004', '1003']);
    expect(await numbers('q=1002')).toEqual(['1002']);
  });

  it('sorts and pages with a cursor that carries the sort key', async () => {
    const first = await list('sort=total&limit=2');
    expect(first.data.map((row) => row.total.minorUnits)).toEqual(['12000', '12000']);
    const second = await list(`sort=total&limit=2&cursor=${first.page.nextCursor}`);
    expect(second.data.map((row) => row.total.minorUnits)).toEqual(['12000', '30000']);
    const all = [...first.data, ...second.data].map((row) => row.number);
    expect(new Set(all).size).toBe(4);
    expect(second.page.nextCursor).toBeNull();
    const problem = await app
      .http()
      .get(`/api/v1/invoices?sort=-txnDate&cursor=${first.page.nextCursor}`)
      .set(owner.auth);
    expect(problem.status).toBe(400);
  });

  it('gives one invoice with lines and totals', async () => {
    const [row] = (await list('q=1001')).data;
    const invoice = (await app.http().get(`/api/v1/invoices/${row.id}`).set(owner.auth).expect(200)).body;
    expect(invoice).toMatchObject({
      number: '1001',
      taxTreatment: 'exclusive',
      subtotal: { amount: '100.00' },
      tax: { amount: '20.00' },
      total: { amount: '120.00' },
      lines: [{ kind: 'item', quantity: '2', unitPrice: '50', amount: { amount: '100.00' }, taxRatePercent: '20' }],
      quickBooks: { id: '1', syncToken: '0' },
    });
    expect(invoice.publicPath).toMatch(/^\/p\/[A-Za-z0-9_-]{32}$/);
  });

  it("edits Settle's message, refuses QuickBooks fields with 409, and a paid invoice's message", async () => {
    const [open] = (await list('q=1004')).data;
    const edited = await app
      .http()
      .patch(`/api/v1/invoices/${open.id}`)
      .set(owner.auth)
      .send({ message: 'Pay by Friday' });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ message: 'Pay by Friday', lastAction: { kind: 'edited', by: owner.userId } });

    const refused = await app
      .http()
      .patch(`/api/v1/invoices/${open.id}`)
      .set(owner.auth)
      .send({ total: '1.00', dueDate: '2030-01-01' });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'INVOICING.FIELD_OWNED_BY_QUICKBOOKS' });
    expect(refused.body.detail).toMatch(/dueDate, total come from QuickBooks/);

    const [paid] = (await list('status=paid')).data;
    const late = await app.http().patch(`/api/v1/invoices/${paid.id}`).set(owner.auth).send({ message: 'x' });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('INVOICING.INVOICE_ALREADY_PAID');
  });

  it('applies only newer revisions; a duplicate or stale one changes nothing', async () => {
    const base = invoiceRecord({ quickBooksId: '50', docNumber: '1050', syncToken: '3' });
    const [created] = await upsertInvoices(app, owner.accountId, [base]);
    expect(created.result).toBe('created');
    const newer = revisionOf(base, { docNumber: '1050-B' });
    expect((await upsertInvoices(app, owner.accountId, [newer]))[0].result).toBe('updated');
    expect((await upsertInvoices(app, owner.accountId, [newer]))[0].result).toBe('unchanged');
    expect((await upsertInvoices(app, owner.accountId, [base]))[0]).toMatchObject({
      result: 'unchanged',
      reasons: ['older than the revision held'],
    });
    const invoice = (await app.http().get(`/api/v1/invoices/${created.invoiceId}`).set(owner.auth).expect(200)).body;
    expect(invoice).toMatchObject({
      number: '1050-B',
      quickBooks: { syncToken: '4' },
      lastAction: { kind: 'updated_from_quickbooks' },
    });
  });

  it('removes an unpaid invoice voided in QuickBooks, emits InvoiceRemoved, and its link is gone', async () => {
    const base = invoiceRecord({ quickBooksId: '70' });
    const [created] = await upsertInvoices(app, owner.accountId, [base]);
    const invoice = (await app.http().get(`/api/v1/invoices/${created.invoiceId}`).set(owner.auth)).body;
    const [removed] = await upsertInvoices(app, owner.accountId, [voidedRevisionOf(base)]);
    expect(removed).toMatchObject({ result: 'removed', invoiceId: created.invoiceId });
    await app.http().get(`/api/v1/invoices/${created.invoiceId}`).set(owner.auth).expect(404);
    await app
      .http()
      .get(`/api/v1/public/invoices${invoice.publicPath.slice(2)}`)
      .expect(404);
    const events = await app.app
      .get(EntityManager)
      .fork()
      .find(OutboxMessage, { eventName: 'invoicing.invoice-removed.v1', accountId: owner.accountId });
    expect(events.map((event) => event.payload)).toContainEqual(
      expect.objectContaining({ invoiceId: created.invoiceId, quickBooksId: '70', reason: 'voided_in_quickbooks' }),
    );
  });

  it('keeps a paid invoice voided in QuickBooks, marked voided', async () => {
    const base = invoiceRecord({ quickBooksId: '71', balanceMinor: 0n });
    const [created] = await upsertInvoices(app, owner.accountId, [base]);
    expect((await upsertInvoices(app, owner.accountId, [voidedRevisionOf(base)]))[0].result).toBe('updated');
    const invoice = (await app.http().get(`/api/v1/invoices/${created.invoiceId}`).set(owner.auth).expect(200)).body;
    expect(invoice).toMatchObject({ status: 'voided', quickBooks: { voided: true }, total: { amount: '120.00' } });
  });

  it('removes an unpaid invoice deleted in QuickBooks', async () => {
    const [created] = await upsertInvoices(app, owner.accountId, [invoiceRecord({ quickBooksId: '72' })]);
    const outcome = await app.app
      .get(CommandBus)
      .execute(new RemoveInvoiceDeletedInQuickBooksCommand(owner.accountId, '72', '2026-03-05T10:00:00Z'));
    expect(outcome).toMatchObject({ result: 'removed', invoiceId: created.invoiceId });
    await app.http().get(`/api/v1/invoices/${created.invoiceId}`).set(owner.auth).expect(404);
  });

  it('deletes an invoice in Settle for good: later QuickBooks updates do not bring it back', async () => {
    const base = invoiceRecord({ quickBooksId: '80' });
    const [created] = await upsertInvoices(app, owner.accountId, [base]);
    await app.http().delete(`/api/v1/invoices/${created.invoiceId}`).set(owner.auth).expect(204);
    await app.http().get(`/api/v1/invoices/${created.invoiceId}`).set(owner.auth).expect(404);
    await app.http().delete(`/api/v1/invoices/${created.invoiceId}`).set(owner.auth).expect(404);
    expect((await upsertInvoices(app, owner.accountId, [revisionOf(base)]))[0]).toMatchObject({
      result: 'skipped',
      reasons: ['deleted in Settle'],
    });
    await app.http().get(`/api/v1/invoices/${created.invoiceId}`).set(owner.auth).expect(404);
  });

  it('edits and deletes from the command bus with no request in flight, in the account the command names only', async () => {
    const [created] = await upsertInvoices(app, owner.accountId, [invoiceRecord({ quickBooksId: '90' })]);
    const invoiceId = created.invoiceId as string;
    const commands = app.app.get(CommandBus);
    const other = await signUp(app);
    const notFound = { code: 'INVOICING.INVOICE_NOT_FOUND' };
    await expect(
      commands.execute(new EditInvoiceCommand(other.accountId, other.userId, invoiceId, { message: 'x' }, [])),
    ).rejects.toMatchObject(notFound);
    await expect(
      commands.execute(new DeleteInvoiceCommand(other.accountId, other.userId, invoiceId)),
    ).rejects.toMatchObject(notFound);
    const untouched = (await app.http().get(`/api/v1/invoices/${invoiceId}`).set(owner.auth).expect(200)).body;
    expect(untouched).toMatchObject({ message: null, lastAction: { kind: 'imported' } });

    const edited = await commands.execute(
      new EditInvoiceCommand(owner.accountId, owner.userId, invoiceId, { message: 'Pay by Friday' }, []),
    );
    expect(edited).toMatchObject({ message: 'Pay by Friday', lastAction: { kind: 'edited', by: owner.userId } });
    const read = (await app.http().get(`/api/v1/invoices/${invoiceId}`).set(owner.auth).expect(200)).body;
    expect(read).toMatchObject({ message: 'Pay by Friday', lastAction: { kind: 'edited', by: owner.userId } });

    await commands.execute(new DeleteInvoiceCommand(owner.accountId, owner.userId, invoiceId));
    await app.http().get(`/api/v1/invoices/${invoiceId}`).set(owner.auth).expect(404);
    const events = await app.app
      .get(EntityManager)
      .fork()
      .find(OutboxMessage, { eventName: 'invoicing.invoice-removed.v1', accountId: owner.accountId });
    expect(events.map((event) => event.payload)).toContainEqual(
      expect.objectContaining({ invoiceId, reason: 'deleted_in_settle' }),
    );
  });

  it("answers 404 for another account's invoice, read, changed or deleted", async () => {
    const other = await signUp(app);
    const [row] = (await list('q=1004')).data;
    await app.http().get(`/api/v1/invoices/${row.id}`).set(other.auth).expect(404);
    await app.http().patch(`/api/v1/invoices/${row.id}`).set(other.auth).send({ message: 'x' }).expect(404);
    await app.http().delete(`/api/v1/invoices/${row.id}`).set(other.auth).expect(404);
    expect((await app.http().get('/api/v1/invoices').set(other.auth).expect(200)).body.data).toEqual([]);
    await app.http().get(`/api/v1/invoices/${row.id}`).set(owner.auth).expect(200);
  });
});

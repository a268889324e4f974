import { EntityManager } from '@mikro-orm/postgresql';
import { generateCompany } from '../../libs/sandbox/quickbooks/generator';
import { eventually } from '../../libs/testing';
import { OutboxMessage } from '../../src/platform/outbox/outbox-message';
import { type SignedUp } from '../support/accounts';
import { latestYearOf, runImport, startConnectedApp, type SandboxedApp } from '../support/quickbooks';

const company = generateCompany({
  seed: 'paid-in-quickbooks',
  customers: 10,
  invoices: 40,
  realmId: '9130000000000812',
});
const realmId = company.realmId;
const year = latestYearOf(company);

interface InvoiceView {
  id: string;
  number: string;
  currency: string;
  total: { minorUnits: string };
  balance: { minorUnits: string };
  status: string;
  lastAction: { kind: string; by: string };
  quickBooks: { id: string };
}

describe('payments entered in QuickBooks', () => {
  let env: SandboxedApp;
  let owner: SignedUp;
  const taken = new Set<string>();

  beforeAll(async () => {
    ({ env, owner } = await startConnectedApp([company], realmId));
    expect((await runImport(env, owner, { kind: 'contacts' })).status).toBe('completed');
    expect((await runImport(env, owner, { kind: 'invoices', year })).status).toBe('completed');
  });

  afterAll(() => env.close());

  async function view(id: string): Promise<InvoiceView> {
    return (await env.app.http().get(`/api/v1/invoices/${id}`).set(owner.auth).expect(200)).body as InvoiceView;
  }

  /** An unpaid invoice in a two-decimal currency that this test has not used yet, as Settle shows it. */
  async function openInvoice(): Promise<InvoiceView> {
    const page = await env.app.http().get('/api/v1/invoices?limit=100').set(owner.auth).expect(200);
    const row = (page.body.data as InvoiceView[]).find(
      (candidate) =>
        ['GBP', 'USD', 'EUR'].includes(candidate.currency) &&
        ['open', 'overdue'].includes(candidate.status) &&
        candidate.balance.minorUnits === candidate.total.minorUnits &&
        Number(candidate.total.minorUnits) > 300 &&
        !taken.has(candidate.id),
    );
    if (!row) throw new Error('The sample company has no unpaid invoice left');
    taken.add(row.id);
    return view(row.id);
  }

  async function paidEvents(invoiceId: string): Promise<Record<string, unknown>[]> {
    const rows = await env.app.app
      .get(EntityManager)
      .fork()
      .find(OutboxMessage, { eventName: 'invoicing.invoice-paid.v1', accountId: owner.accountId });
    return rows.map((row) => row.payload).filter((payload) => payload.invoiceId === invoiceId);
  }

  it('takes a full payment entered in QuickBooks: paid, "paid in QuickBooks", InvoicePaid via quickbooks', async () => {
    const invoice = await openInvoice();
    const amount = Number(invoice.balance.minorUnits) / 100;
    env.sandbox.user.receivePayment(realmId, { invoiceId: invoice.quickBooks.id, amount });

    const paid = await eventually(async () => {
      const shown = await view(invoice.id);
      expect(shown.status).toBe('paid');
      return shown;
    });
    expect(paid).toMatchObject({
      balance: { minorUnits: '0' },
      lastAction: { kind: 'paid_in_quickbooks', by: 'quickbooks' },
    });
    expect(await paidEvents(invoice.id)).toEqual([
      expect.objectContaining({ invoiceId: invoice.id, via: 'quickbooks' }),
    ]);
    const page = await env.app.http().get(`/api/v1/invoices/${invoice.id}`).set(owner.auth).expect(200);
    expect(page.body.overpaid).toBeNull();
  });

  it('takes a part payment entered in QuickBooks: partly paid, no InvoicePaid until the rest comes', async () => {
    const invoice = await openInvoice();
    const balance = Number(invoice.balance.minorUnits);
    const part = Math.floor(balance / 3);
    env.sandbox.user.receivePayment(realmId, { invoiceId: invoice.quickBooks.id, amount: part / 100 });

    const partly = await eventually(async () => {
      const shown = await view(invoice.id);
      expect(shown.balance.minorUnits).toBe(String(balance - part));
      return shown;
    });
    // An overdue invoice stays overdue while something is left to pay.
    expect(partly.status).toBe(invoice.status === 'overdue' ? 'overdue' : 'partially_paid');
    expect(partly.lastAction.kind).toBe('paid_in_quickbooks');
    expect(await paidEvents(invoice.id)).toEqual([]);

    env.sandbox.user.receivePayment(realmId, { invoiceId: invoice.quickBooks.id, amount: (balance - part) / 100 });
    await eventually(async () => expect((await view(invoice.id)).status).toBe('paid'));
    expect(await paidEvents(invoice.id)).toHaveLength(1);
  });

  it('calls an edit in QuickBooks an update, not a payment', async () => {
    const invoice = await openInvoice();
    env.sandbox.user.updateInvoice(realmId, invoice.quickBooks.id, { DueDate: '2099-12-31' });
    const updated = await eventually(async () => {
      const shown = await view(invoice.id);
      expect(shown).toMatchObject({ dueDate: '2099-12-31' });
      return shown;
    });
    expect(updated).toMatchObject({ balance: invoice.balance, lastAction: { kind: 'updated_from_quickbooks' } });
  });
});

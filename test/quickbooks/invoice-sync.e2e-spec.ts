import { EntityManager } from '@mikro-orm/postgresql';
import { generateCompany } from '../../libs/sandbox/quickbooks/generator';
import type { QboInvoice } from '../../libs/quickbooks/qbo-types';
import { eventually } from '../../libs/testing';
import { QuickBooksChangeNoticeRecord } from '../../src/modules/integration/domain/quickbooks-change-notice.record';
import { type SignedUp } from '../support/accounts';
import { runImport, type SandboxedApp, startConnectedApp } from '../support/quickbooks';

const company = generateCompany({
  seed: 'invoice-sync',
  customers: 12,
  invoices: 30,
  sharedContactShare: 0,
  realmId: '9130000000000401',
});
const realmId = company.realmId;

interface InvoiceRow {
  id: string;
  number: string | null;
  dueDate: string | null;
  total: { minorUnits: string; currency: string };
}

describe('invoices kept in sync live', () => {
  let env: SandboxedApp;
  let owner: SignedUp;

  beforeAll(async () => {
    ({ env, owner } = await startConnectedApp([company], company.realmId));
    await runImport(env, owner, { kind: 'contacts' });
  });

  afterAll(() => env.close());

  /** A new invoice as a QuickBooks user would make it: the lines of an existing one, for a customer. */
  function createInQuickBooks(docNumber: string, customerId: string): QboInvoice {
    const model = company.invoices.find(
      (invoice) => invoice.Line.length > 1 && !invoice.PrivateNote?.startsWith('Voided'),
    ) as QboInvoice;
    return env.sandbox.user.createInvoice(realmId, {
      DocNumber: docNumber,
      TxnDate: '2026-11-20',
      DueDate: '2026-12-20',
      CustomerRef: { value: customerId },
      CurrencyRef: model.CurrencyRef,
      GlobalTaxCalculation: model.GlobalTaxCalculation,
      Line: model.Line.map((line) => ({ ...line, Id: undefined })),
      TxnTaxDetail: model.TxnTaxDetail,
    });
  }

  async function shown(docNumber: string): Promise<InvoiceRow | undefined> {
    const page = await env.app
      .http()
      .get(`/api/v1/invoices?q=${encodeURIComponent(docNumber)}`)
      .set(owner.auth)
      .expect(200);
    return (page.body.data as InvoiceRow[]).find((row) => row.number === docNumber);
  }

  const activeCustomer = company.customers.find((customer) => customer.Active && customer.PrimaryEmailAddr)!;

  it('shows an invoice created in QuickBooks, with its total to the minor unit', async () => {
    const created = createInQuickBooks('LIVE-1', activeCustomer.Id);
    const row = await eventually(async () => {
      const found = await shown('LIVE-1');
      expect(found).toBeDefined();
      return found as InvoiceRow;
    });
    const exponent = created.CurrencyRef.value === 'JPY' ? 0 : 2;
    expect(row.total.minorUnits).toBe(String(Math.round(created.TotalAmt * 10 ** exponent)));
  });

  it('applies changes in the order they were made, even when their webhooks arrive reordered', async () => {
    const created = createInQuickBooks('LIVE-2', activeCustomer.Id);
    await eventually(async () => expect(await shown('LIVE-2')).toBeDefined());
    env.sandbox.admin.configureWebhooks({ reorder: true });
    env.sandbox.user.updateInvoice(realmId, created.Id, { DueDate: '2027-01-10' });
    env.sandbox.user.updateInvoice(realmId, created.Id, { DueDate: '2027-01-31' });
    await env.sandbox.admin.flushWebhooks();
    env.sandbox.admin.configureWebhooks({ reorder: false });
    await eventually(async () => expect((await shown('LIVE-2'))?.dueDate).toBe('2027-01-31'));
  });

  it('removes an unpaid invoice voided in QuickBooks, and its link says it is no longer available', async () => {
    const created = createInQuickBooks('LIVE-3', activeCustomer.Id);
    const row = await eventually(async () => (await shown('LIVE-3')) ?? Promise.reject(new Error('not yet')));
    const detail = await env.app.http().get(`/api/v1/invoices/${row.id}`).set(owner.auth).expect(200);
    await env.app.http().get(detail.body.publicPath).expect(200);

    env.sandbox.user.voidInvoice(realmId, created.Id);

    await eventually(async () => expect(await shown('LIVE-3')).toBeUndefined());
    const page = await env.app.http().get(detail.body.publicPath).expect(404);
    expect(page.text).toMatch(/no longer available|not found/i);
  });

  it('removes an unpaid invoice deleted in QuickBooks', async () => {
    const created = createInQuickBooks('LIVE-4', activeCustomer.Id);
    await eventually(async () => expect(await shown('LIVE-4')).toBeDefined());
    env.sandbox.user.deleteInvoice(realmId, created.Id);
    await eventually(async () => expect(await shown('LIVE-4')).toBeUndefined());
  });

  it('brings in the customer of an invoice first when it is not a contact yet', async () => {
    env.sandbox.admin.configureWebhooks({ dropNext: 1 });
    const newcomer = env.sandbox.user.createCustomer(realmId, {
      DisplayName: 'Newcomer Nell',
      PrimaryEmailAddr: { Address: 'nell@newcomer.example' },
    });
    await env.sandbox.admin.flushWebhooks();
    createInQuickBooks('LIVE-5', newcomer.Id);
    await eventually(async () => expect(await shown('LIVE-5')).toBeDefined());
    const contacts = await env.app.http().get('/api/v1/contacts?q=Newcomer').set(owner.auth).expect(200);
    expect(contacts.body.data).toHaveLength(1);
  });

  it('skips and reports an invoice whose customer the contact rules dropped, never attaching it to another contact', async () => {
    const email = activeCustomer.PrimaryEmailAddr?.Address as string;
    env.sandbox.admin.configureWebhooks({ dropNext: 1 });
    const twin = env.sandbox.user.createCustomer(realmId, {
      DisplayName: 'Email Twin',
      PrimaryEmailAddr: { Address: email },
    });
    await env.sandbox.admin.flushWebhooks();
    const created = createInQuickBooks('LIVE-6', twin.Id);

    const [notice] = await eventually(async () => {
      const found = await env.app.app
        .get(EntityManager)
        .fork()
        .find(QuickBooksChangeNoticeRecord, { realmId, entity: 'Invoice', entityId: created.Id });
      expect(found[0]?.processedAt).toBeInstanceOf(Date);
      return found;
    });
    expect(notice.outcome).toContain('skipped');
    expect(notice.outcome).toContain(twin.Id);
    expect(await shown('LIVE-6')).toBeUndefined();
  });
});

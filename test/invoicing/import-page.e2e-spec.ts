import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { generateCompany } from '../../libs/sandbox/quickbooks/generator';
import { signUp, type SignedUp } from '../support/accounts';
import { startTestApp, type TestApp } from '../support/test-app';
import { toQuickBooksInvoiceRecord, toTaxContext } from '../../src/modules/integration/infrastructure/mapping';
import { upsertInvoices } from './support/invoices';

describe('a page of 1,000 sandbox invoices', () => {
  let app: TestApp;
  let owner: SignedUp;
  const company = generateCompany({ seed: 'invoicing-page', customers: 200, invoices: 1000 });
  const context = toTaxContext(company.taxCodes, company.taxRates, 'GBP');
  const records = company.invoices.map((invoice) => toQuickBooksInvoiceRecord(invoice, context).record);

  beforeAll(async () => {
    app = await startTestApp();
    owner = await signUp(app);
  });

  afterAll(() => app.close());
  afterEach(() => jest.restoreAllMocks());

  it('is imported in one batched transaction, totals matching QuickBooks, and re-running it changes nothing', async () => {
    // Every statement any connection of the process sends goes through pg's Client#query.
    const statements = jest.spyOn(Client.prototype, 'query');
    const outcomes = await upsertInvoices(app, owner.accountId, records);
    const sent = statements.mock.calls.length;
    // A fixed handful for the page (its transaction, lookups, one COPY per table), not one a row;
    // the bound leaves room for what the app's background work sends meanwhile.
    expect(sent).toBeGreaterThan(0);
    expect(sent).toBeLessThan(50);
    const voided = records.filter((record) => record.voided).length;
    expect(outcomes.filter((outcome) => outcome.result === 'created')).toHaveLength(1000 - voided);
    expect(outcomes.filter((outcome) => outcome.result === 'skipped')).toHaveLength(voided);

    const again = await upsertInvoices(app, owner.accountId, records);
    expect(again.filter((outcome) => outcome.result === 'unchanged')).toHaveLength(1000 - voided);

    const flagged = await app.http().get('/api/v1/invoices?limit=200').set(owner.auth).expect(200);
    expect(flagged.body.data.filter((row: { totalsMismatch: boolean }) => row.totalsMismatch)).toEqual([]);
  });
});

describe('an imported invoice with awkward text', () => {
  let app: TestApp;
  let owner: SignedUp;
  const company = generateCompany({ seed: 'invoicing-awkward-text', customers: 2, invoices: 3 });
  const context = toTaxContext(company.taxCodes, company.taxRates, 'GBP');

  beforeAll(async () => {
    app = await startTestApp();
    owner = await signUp(app);
  });

  afterAll(() => app.close());

  it('keeps tabs, line breaks, backslashes, quotes and unicode exactly as QuickBooks sent them', async () => {
    const memo = 'Tab\there,\r\nnew line, back\\slash, \\N, "quoted" \'single\', café ✓';
    const invoice = company.invoices.find((candidate) => !candidate.PrivateNote?.startsWith('Voided'));
    if (!invoice) throw new Error('The sample company has no live invoice');
    const { record } = toQuickBooksInvoiceRecord({ ...invoice, CustomerMemo: { value: memo } }, context);
    const lines = record.lines.map((line) => ({ ...line, description: `${line.description ?? ''}\t\\ "${memo}"` }));
    const [outcome] = await upsertInvoices(app, owner.accountId, [{ ...record, lines }]);
    expect(outcome.result).toBe('created');

    const seen = await app.http().get(`/api/v1/invoices/${outcome.invoiceId}`).set(owner.auth).expect(200);
    expect(seen.body.customerMemo).toBe(memo);
    expect(seen.body.lines.map((line: { description: string | null }) => line.description)).toEqual(
      lines.map((line) => line.description),
    );
  });
});

describe('a page mixing invoices already imported with new ones', () => {
  let app: TestApp;
  let owner: SignedUp;
  const company = generateCompany({ seed: 'invoicing-mixed-page', customers: 5, invoices: 12 });
  const context = toTaxContext(company.taxCodes, company.taxRates, 'GBP');
  const records = company.invoices
    .map((invoice) => toQuickBooksInvoiceRecord(invoice, context).record)
    .filter((record) => !record.voided)
    .slice(0, 3);

  beforeAll(async () => {
    app = await startTestApp();
    owner = await signUp(app);
  });

  afterAll(() => app.close());

  it('leaves the unchanged row alone, revises the newer one and creates the new one, each with its outcome', async () => {
    const [kept, revised, added] = records;
    const contactId = randomUUID();
    const first = await upsertInvoices(app, owner.accountId, [kept, revised], { contactId });
    expect(first.map((outcome) => outcome.result)).toEqual(['created', 'created']);

    const newer = {
      ...revised,
      syncToken: String(Number(revised.syncToken) + 1),
      lastUpdatedAt: new Date(Date.parse(revised.lastUpdatedAt) + 60_000).toISOString(),
      dueDate: '2027-02-28',
    };
    const outcomes = await upsertInvoices(app, owner.accountId, [kept, newer, added], { contactId });
    expect(outcomes.map((outcome) => [outcome.quickBooksId, outcome.result])).toEqual([
      [kept.quickBooksId, 'unchanged'],
      [revised.quickBooksId, 'updated'],
      [added.quickBooksId, 'created'],
    ]);
    expect(outcomes[1].invoiceId).toBe(first[1].invoiceId);

    const seen = await app.http().get(`/api/v1/invoices/${first[1].invoiceId}`).set(owner.auth).expect(200);
    expect(seen.body.dueDate).toBe('2027-02-28');
    const list = await app.http().get('/api/v1/invoices?limit=10').set(owner.auth).expect(200);
    expect(list.body.data).toHaveLength(3);
  });
});

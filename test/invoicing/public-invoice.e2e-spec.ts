import { signUp, type SignedUp } from '../support/accounts';
import { startTestApp, type TestApp } from '../support/test-app';
import { ConnectedCompaniesStub, ConnectedCompaniesStubModule } from './support/connected-companies.stub';
import { invoiceRecord, voidedRevisionOf } from './support/invoice-record.mother';
import { upsertInvoices } from './support/invoices';

describe('the public invoice link', () => {
  let app: TestApp;
  let owner: SignedUp;

  beforeAll(async () => {
    app = await startTestApp({ imports: [ConnectedCompaniesStubModule] });
    owner = await signUp(app, { accountName: 'Hartley Joinery' });
    app.app.get(ConnectedCompaniesStub).connect(owner.accountId, 'Hartley & Moss Joinery Ltd');
  });

  afterAll(() => app.close());

  async function publicPathOf(invoiceId: string | null, of: SignedUp = owner): Promise<string> {
    return (await app.http().get(`/api/v1/invoices/${invoiceId}`).set(of.auth).expect(200)).body.publicPath;
  }

  const publicApi = (path: string) => app.http().get(`/api/v1/public/invoices/${path.slice(3)}`);

  it('gives the invoice as JSON without authentication, with nothing internal', async () => {
    const [created] = await upsertInvoices(app, owner.accountId, [invoiceRecord({ quickBooksId: '9' })]);
    const path = await publicPathOf(created.invoiceId);
    const body = (await publicApi(path).expect(200)).body;
    expect(body).toMatchObject({
      businessName: 'Hartley & Moss Joinery Ltd',
      number: '1042',
      status: 'open',
      total: { amount: '120.00', minorUnits: '12000', currency: 'GBP', formatted: '£120.00' },
      tax: { amount: '20.00' },
    });
    expect(JSON.stringify(body)).not.toContain(created.invoiceId as string);
    expect(JSON.stringify(body)).not.toContain(owner.accountId);
  });

  it('renders escaped HTML, and the same plain 404 page for a removed invoice and an unknown token', async () => {
    const base = invoiceRecord({ quickBooksId: '10', customerName: '<img src=x onerror=alert(1)>' });
    const [created] = await upsertInvoices(app, owner.accountId, [base]);
    const path = await publicPathOf(created.invoiceId);
    const page = await app.http().get(path).expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.text).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page.text).not.toContain('<img');

    await upsertInvoices(app, owner.accountId, [voidedRevisionOf(base)]);
    const removed = await app.http().get(path).expect(404);
    const unknown = await app.http().get('/p/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA').expect(404);
    const malformed = await app.http().get('/p/nope').expect(404);
    expect(removed.text).toBe(unknown.text);
    expect(malformed.text).toBe(unknown.text);
    expect(unknown.text).toContain('This invoice is not available');
    await publicApi(path).expect(404);
  });

  it("names the business as its QuickBooks company does, or by the account's name when none is connected", async () => {
    const [connected] = await upsertInvoices(app, owner.accountId, [invoiceRecord({ quickBooksId: '11' })]);
    const connectedPath = await publicPathOf(connected.invoiceId);
    expect((await publicApi(connectedPath).expect(200)).body.businessName).toBe('Hartley & Moss Joinery Ltd');
    const connectedPage = (await app.http().get(connectedPath).expect(200)).text;
    expect(connectedPage).toContain('<title>Invoice 1042 from Hartley &amp; Moss Joinery Ltd</title>');
    expect(connectedPage).not.toContain('Hartley Joinery');

    const unconnected = await signUp(app, { accountName: 'Brook & Sons Plumbing' });
    const [theirs] = await upsertInvoices(app, unconnected.accountId, [invoiceRecord({ quickBooksId: '11' })]);
    const theirPath = await publicPathOf(theirs.invoiceId, unconnected);
    expect((await publicApi(theirPath).expect(200)).body.businessName).toBe('Brook & Sons Plumbing');
    const theirPage = (await app.http().get(theirPath).expect(200)).text;
    expect(theirPage).toContain('<title>Invoice 1042 from Brook &amp; Sons Plumbing</title>');
  });
});

import { CommandBus } from '@nestjs/cqrs';
import { ApplyPaymentToInvoiceCommand } from '../../src/modules/invoicing/contracts';
import { signUp, type SignedUp } from '../support/accounts';
import { startTestApp, type TestApp } from '../support/test-app';
import { ConnectedCompaniesStub, ConnectedCompaniesStubModule } from './support/connected-companies.stub';
import { invoiceRecord, voidedRevisionOf } from './support/invoice-record.mother';
import { upsertInvoices } from './support/invoices';
import { PaymentsStub, PaymentsStubModule } from './support/payments.stub';

describe('the public invoice link', () => {
  let app: TestApp;
  let owner: SignedUp;

  beforeAll(async () => {
    app = await startTestApp({ imports: [ConnectedCompaniesStubModule, PaymentsStubModule] });
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

  describe('paying', () => {
    const payments = () => app.app.get(PaymentsStub);
    const publicUrl = () => (process.env.PUBLIC_URL ?? 'http://localhost:3000').replace(/\/$/, '');

    beforeAll(() => payments().offer(owner.accountId, { card: true, bank: false }));

    it('says in the JSON whether the invoice is payable, how, and whether a payment is processing', async () => {
      const [created] = await upsertInvoices(app, owner.accountId, [invoiceRecord({ quickBooksId: '20' })]);
      const path = await publicPathOf(created.invoiceId);
      expect((await publicApi(path).expect(200)).body).toMatchObject({
        payable: true,
        paymentOptions: { card: true, bank: false },
        processing: false,
        lastFailure: null,
      });
      payments().state(created.invoiceId as string, { processing: true, lastFailure: null });
      expect((await publicApi(path).expect(200)).body.processing).toBe(true);

      const [paid] = await upsertInvoices(app, owner.accountId, [
        invoiceRecord({ quickBooksId: '21', balanceMinor: 0n }),
      ]);
      expect((await publicApi(await publicPathOf(paid.invoiceId)).expect(200)).body).toMatchObject({
        status: 'paid',
        payable: false,
        paymentOptions: { card: false, bank: false },
        processing: false,
      });
    });

    it('starts a checkout for the balance due and answers 303 to it', async () => {
      const [created] = await upsertInvoices(app, owner.accountId, [
        invoiceRecord({ quickBooksId: '22', docNumber: 'INV-22', balanceMinor: 7000n }),
      ]);
      const path = await publicPathOf(created.invoiceId);
      const before = payments().checkouts.length;
      const pressed = await app.http().post(`${path}/pay`).type('form').send({ method: 'card' }).expect(303);
      expect(pressed.headers.location).toBe(`${publicUrl()}${path}?paid=1`);
      expect(payments().checkouts.slice(before)).toEqual([
        expect.objectContaining({
          accountId: owner.accountId,
          invoiceId: created.invoiceId,
          method: 'card',
          amount: { minor: '7000', currency: 'GBP' },
          description: 'Invoice INV-22 from Hartley & Moss Joinery Ltd',
          invoiceNumber: 'INV-22',
          returnUrl: `${publicUrl()}${path}`,
        }),
      ]);
    });

    it('sends the payer back to the page when the invoice was paid meanwhile or the method is not offered', async () => {
      const [created] = await upsertInvoices(app, owner.accountId, [invoiceRecord({ quickBooksId: '23' })]);
      const path = await publicPathOf(created.invoiceId);
      await app.app
        .get(CommandBus)
        .execute(
          new ApplyPaymentToInvoiceCommand(
            owner.accountId,
            created.invoiceId as string,
            'pay-23',
            '12000',
            'GBP',
            'stripe',
            '2026-03-06',
          ),
        );
      const before = payments().checkouts.length;
      const paid = await app.http().post(`${path}/pay`).type('form').send({ method: 'card' }).expect(303);
      expect(paid.headers.location).toBe(`${publicUrl()}${path}`);
      expect(payments().checkouts.length).toBe(before);
      expect((await app.http().get(path).expect(200)).text).toContain('Paid, thank you');

      const [open] = await upsertInvoices(app, owner.accountId, [invoiceRecord({ quickBooksId: '24' })]);
      const openPath = await publicPathOf(open.invoiceId);
      payments().refuse('bank');
      const refused = await app.http().post(`${openPath}/pay`).type('form').send({ method: 'bank' }).expect(303);
      expect(refused.headers.location).toBe(`${openPath}?unavailable=1`);
      expect((await app.http().get(refused.headers.location).expect(200)).text).toContain(
        'That way to pay is not available right now',
      );
    });

    it('refuses an unknown method (400) and an unknown token (the 404 page)', async () => {
      const [created] = await upsertInvoices(app, owner.accountId, [invoiceRecord({ quickBooksId: '25' })]);
      const path = await publicPathOf(created.invoiceId);
      await app.http().post(`${path}/pay`).type('form').send({ method: 'cash' }).expect(400);
      await app.http().post(`${path}/pay`).type('form').send({}).expect(400);
      const unknown = await app
        .http()
        .post('/p/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/pay')
        .type('form')
        .send({ method: 'card' });
      expect(unknown.status).toBe(404);
      expect(unknown.text).toContain('This invoice is not available');
    });

    it('still shows the invoice, without buttons, when Payments cannot answer', async () => {
      const [created] = await upsertInvoices(app, owner.accountId, [invoiceRecord({ quickBooksId: '26' })]);
      const path = await publicPathOf(created.invoiceId);
      jest.spyOn(payments(), 'optionsOf').mockImplementationOnce(() => {
        throw new Error('Payments is down');
      });
      const page = await app.http().get(path).expect(200);
      expect(page.text).toContain('Amount due');
      expect(page.text).not.toContain('by card');
    });
  });
});

import { EntityManager } from '@mikro-orm/postgresql';
import type { InvoiceForPayment } from '../../src/modules/invoicing/contracts';
import { signUp, type SignedUp } from '../support/accounts';
import { InvoicesForPaymentStub, InvoicesForPaymentStubModule } from './support/invoices-for-payment.stub';
import { connectStripe, startAppWithStripe, type StripeApp } from './support/stripe';

describe('payments recorded by a user, and the payments list', () => {
  let env: StripeApp;
  let owner: SignedUp;

  beforeAll(async () => {
    env = await startAppWithStripe({ app: { imports: [InvoicesForPaymentStubModule] } });
    owner = await signUp(env.app);
    await connectStripe(env, owner);
  });

  afterAll(() => env.close());

  const invoiceOf = (account: SignedUp, invoice: Partial<InvoiceForPayment> = {}) =>
    env.app.app.get(InvoicesForPaymentStub).add(account.accountId, invoice);

  const record = (account: SignedUp, invoiceId: string, body: Record<string, unknown>) =>
    env.app.http().post(`/api/v1/invoices/${invoiceId}/payments`).set(account.auth).send(body);

  const succeededEvents = async (paymentId: string) =>
    env.app.app
      .get(EntityManager)
      .fork()
      .getConnection()
      .execute(
        `select payload from platform_outbox where event_name = 'payments.payment-succeeded.v1' and payload->>'paymentId' = ?`,
        [paymentId],
      );

  it('records a payment by Stripe in the invoice currency and raises PaymentSucceeded', async () => {
    const invoice = invoiceOf(owner);

    const created = await record(owner, invoice.invoiceId, {
      method: 'stripe',
      amount: '50.00',
      paidOn: '2026-11-30',
      reference: 'Terminal 0412',
    }).expect(201);

    expect(created.body).toMatchObject({
      invoiceId: invoice.invoiceId,
      contactId: invoice.contactId,
      source: 'manual',
      method: 'stripe',
      methodName: 'Stripe',
      amount: { amount: '50.00', minorUnits: '5000', currency: 'GBP' },
      paidOn: '2026-11-30',
      reference: 'Terminal 0412',
      application: 'pending',
      quickBooks: { state: 'pending', paymentId: null, failure: null },
    });
    const [event] = await succeededEvents(created.body.id);
    expect(event.payload).toMatchObject({
      amountMinor: '5000',
      currency: 'GBP',
      source: 'manual',
      methodName: 'Stripe',
      reference: 'Terminal 0412',
      paidOn: '2026-11-30',
    });
  });

  it('refuses any other method with a 400 that names the allowed ones', async () => {
    const invoice = invoiceOf(owner);
    const refused = await record(owner, invoice.invoiceId, { method: 'cheque', amount: '10.00' }).expect(400);
    expect(refused.body.code).toBe('PAYMENTS.METHOD_NOT_ALLOWED');
    expect(refused.body.detail).toContain('stripe, crezco');
  });

  it('refuses an amount with more decimal places than the currency has, or nothing', async () => {
    const pounds = invoiceOf(owner);
    const yen = invoiceOf(owner, { currency: 'JPY', balanceMinor: '5000' });
    expect((await record(owner, pounds.invoiceId, { method: 'stripe', amount: '10.001' }).expect(400)).body.code).toBe(
      'PAYMENTS.INVALID_AMOUNT',
    );
    expect((await record(owner, yen.invoiceId, { method: 'stripe', amount: '10.5' }).expect(400)).body.code).toBe(
      'PAYMENTS.INVALID_AMOUNT',
    );
    expect((await record(owner, pounds.invoiceId, { method: 'stripe', amount: '0' }).expect(400)).body.code).toBe(
      'PAYMENTS.INVALID_AMOUNT',
    );
    const taken = await record(owner, yen.invoiceId, { method: 'crezco', amount: '5000' }).expect(201);
    expect(taken.body).toMatchObject({ methodName: 'Crezco', amount: { minorUnits: '5000', currency: 'JPY' } });
  });

  it("answers 404 for an unknown invoice or another account's, and 409 for one that cannot be paid", async () => {
    const other = await signUp(env.app);
    const theirs = invoiceOf(other);
    await record(owner, theirs.invoiceId, { method: 'stripe', amount: '1.00' }).expect(404);
    await record(owner, '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a30', { method: 'stripe', amount: '1.00' }).expect(404);
    const paid = invoiceOf(owner, { payable: false, balanceMinor: '0' });
    const conflict = await record(owner, paid.invoiceId, { method: 'stripe', amount: '1.00' }).expect(409);
    expect(conflict.body.code).toBe('PAYMENTS.INVOICE_NOT_PAYABLE');
  });

  it('lists payments newest first with filters and pages, and shows one with its history', async () => {
    const account = await signUp(env.app);
    const first = invoiceOf(account);
    const second = invoiceOf(account);
    const a = await record(account, first.invoiceId, { method: 'stripe', amount: '1.00' }).expect(201);
    const b = await record(account, first.invoiceId, { method: 'crezco', amount: '2.00' }).expect(201);
    const c = await record(account, second.invoiceId, { method: 'stripe', amount: '3.00' }).expect(201);

    const all = await env.app.http().get('/api/v1/payments').set(account.auth).expect(200);
    expect(all.body.data.map((row: { id: string }) => row.id)).toEqual([c.body.id, b.body.id, a.body.id]);

    const page1 = await env.app.http().get('/api/v1/payments?limit=2').set(account.auth).expect(200);
    expect(page1.body.data).toHaveLength(2);
    const page2 = await env.app
      .http()
      .get(`/api/v1/payments?limit=2&cursor=${page1.body.page.nextCursor}`)
      .set(account.auth)
      .expect(200);
    expect(page2.body.data.map((row: { id: string }) => row.id)).toEqual([a.body.id]);
    expect(page2.body.page.nextCursor).toBeNull();

    const byInvoice = await env.app.http().get(`/api/v1/payments?invoiceId=${first.invoiceId}`).set(account.auth);
    expect(byInvoice.body.data.map((row: { id: string }) => row.id)).toEqual([b.body.id, a.body.id]);
    const byMethod = await env.app.http().get('/api/v1/payments?method=crezco').set(account.auth);
    expect(byMethod.body.data.map((row: { id: string }) => row.id)).toEqual([b.body.id]);
    const byContact = await env.app.http().get(`/api/v1/payments?contactId=${second.contactId}`).set(account.auth);
    expect(byContact.body.data.map((row: { id: string }) => row.id)).toEqual([c.body.id]);
    const byState = await env.app.http().get('/api/v1/payments?quickBooksState=recorded').set(account.auth);
    expect(byState.body.data).toEqual([]);
    await env.app.http().get('/api/v1/payments?status=lost').set(account.auth).expect(400);

    const shown = await env.app.http().get(`/api/v1/payments/${a.body.id}`).set(account.auth).expect(200);
    expect(shown.body).toMatchObject({
      id: a.body.id,
      attempts: [],
      history: [{ what: expect.stringContaining('Stripe') }],
    });
    await env.app.http().get(`/api/v1/payments/${a.body.id}`).set(owner.auth).expect(404);
  });

  it('refuses a QuickBooks retry for a payment not yet applied', async () => {
    const invoice = invoiceOf(owner);
    const created = await record(owner, invoice.invoiceId, { method: 'stripe', amount: '1.00' }).expect(201);
    const refused = await env.app
      .http()
      .post(`/api/v1/payments/${created.body.id}/retry-quickbooks`)
      .set(owner.auth)
      .expect(409);
    expect(refused.body.code).toBe('PAYMENTS.QUICKBOOKS_RETRY_NOT_POSSIBLE');
  });
});

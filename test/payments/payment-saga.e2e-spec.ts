import { CommandBus } from '@nestjs/cqrs';
import { Money } from '../../libs/money';
import type { QboInvoice } from '../../libs/quickbooks/qbo-types';
import { generateCompany } from '../../libs/sandbox/quickbooks/generator';
import { startStripeSandbox, type StripeSandbox } from '../../libs/sandbox/stripe';
import { eventually } from '../../libs/testing';
import { StartCheckoutCommand, type CheckoutStarted } from '../../src/modules/payments/contracts';
import type { SignedUp } from '../support/accounts';
import { latestYearOf, runImport, startConnectedApp, type SandboxedApp } from '../support/quickbooks';
import { stripeEnvironmentFor } from '../../src/sandbox-mode';
import { connectStripe } from './support/stripe';

const company = generateCompany({
  seed: 'payment-saga',
  customers: 8,
  invoices: 80,
  sharedContactShare: 0,
  realmId: '9130000000000801',
});
const realmId = company.realmId;
const year = latestYearOf(company);
const isOpenIn = (currency: string) => (invoice: QboInvoice) =>
  invoice.Balance > 0 &&
  invoice.Balance === invoice.TotalAmt &&
  (invoice.CurrencyRef?.value ?? 'GBP') === currency &&
  !invoice.PrivateNote?.startsWith('Voided') &&
  invoice.TxnDate.startsWith(String(year));

interface PaymentView {
  id: string;
  application: string;
  overpaid: boolean;
  applied: { minorUnits: string } | null;
  quickBooks: { state: string; paymentId: string | null; failure: string | null };
}

describe('the payment saga: Stripe → Invoicing → QuickBooks', () => {
  let stripe: StripeSandbox;
  let env: SandboxedApp;
  let owner: SignedUp;
  let open: QboInvoice[];
  let openInEuros: QboInvoice[];

  beforeAll(async () => {
    stripe = await startStripeSandbox({ webhookRetryDelaysMs: [50, 100, 200] });
    Object.assign(process.env, stripeEnvironmentFor(stripe));
    ({ env, owner } = await startConnectedApp([company], realmId));
    stripe.admin.configureWebhooks({ url: `${process.env.PUBLIC_URL}/webhooks/stripe` });
    await connectStripe({ app: env.app, stripe }, owner);
    const run = await runImport(env, owner, { kind: 'invoices', year });
    expect(run.status).toBe('completed');
    open = company.invoices.filter(isOpenIn('GBP'));
    expect(open.length).toBeGreaterThanOrEqual(4);
    openInEuros = company.invoices.filter(isOpenIn('EUR'));
    expect(openInEuros.length).toBeGreaterThanOrEqual(1);
  });

  afterAll(async () => {
    await env.close();
    await stripe.close();
  });

  const inQuickBooks = (id: string) => env.sandbox.user.read(realmId, 'Invoice', id);
  const quickBooksPaymentsOf = (invoice: QboInvoice) =>
    (inQuickBooks(invoice.Id).LinkedTxn ?? []).filter((linked) => linked.TxnType === 'Payment');

  async function settleInvoiceOf(invoice: QboInvoice): Promise<{ id: string; balance: { minorUnits: string } }> {
    const list = await env.app.http().get(`/api/v1/invoices?limit=100&q=${invoice.DocNumber}`).set(owner.auth);
    const row = (list.body.data as { id: string; number: string }[]).find((r) => r.number === invoice.DocNumber);
    if (!row) throw new Error(`Invoice ${invoice.DocNumber} is not in Settle`);
    return (await env.app.http().get(`/api/v1/invoices/${row.id}`).set(owner.auth).expect(200)).body;
  }

  async function paymentsOf(invoiceId: string): Promise<PaymentView[]> {
    const list = await env.app.http().get(`/api/v1/payments?invoiceId=${invoiceId}`).set(owner.auth).expect(200);
    return list.body.data;
  }

  async function recorded(invoiceId: string): Promise<PaymentView> {
    return eventually(async () => {
      const [payment, ...others] = await paymentsOf(invoiceId);
      expect(others).toEqual([]);
      expect(payment.quickBooks.state).toBe('recorded');
      return payment;
    }, 30_000);
  }

  function startCheckout(invoiceId: string, balanceMinor: string): Promise<CheckoutStarted> {
    return env.app.app
      .get(CommandBus)
      .execute(
        new StartCheckoutCommand(
          owner.accountId,
          invoiceId,
          'card',
          { minor: balanceMinor, currency: 'GBP' },
          'Invoice from Hartley Plumbing',
          null,
          `${process.env.PUBLIC_URL}/p/token`,
        ),
      );
  }

  function pay(checkout: CheckoutStarted): void {
    const sessionId = new URL(checkout.redirectUrl).pathname.split('/').pop() as string;
    expect(stripe.admin.pay(sessionId, { card: '4242424242424242' }).kind).toBe('paid');
  }

  async function payByCard(invoiceId: string, balanceMinor: string): Promise<void> {
    pay(await startCheckout(invoiceId, balanceMinor));
  }

  it('pays an invoice by card: balance 0 in Settle and one QuickBooks Payment linked to it', async () => {
    const invoice = open.shift() as QboInvoice;
    const settle = await settleInvoiceOf(invoice);

    await payByCard(settle.id, settle.balance.minorUnits);

    const payment = await recorded(settle.id);
    expect(payment).toMatchObject({
      application: 'applied',
      overpaid: false,
      applied: { minorUnits: settle.balance.minorUnits },
    });
    expect((await settleInvoiceOf(invoice)).balance.minorUnits).toBe('0');
    expect(inQuickBooks(invoice.Id).Balance).toBe(0);
    expect(quickBooksPaymentsOf(invoice)).toEqual([{ TxnId: payment.quickBooks.paymentId, TxnType: 'Payment' }]);
    const inBooks = env.sandbox.user.read(realmId, 'Payment', payment.quickBooks.paymentId as string);
    expect(inBooks.TotalAmt).toBe(invoice.Balance);
    const detail = await env.app.http().get(`/api/v1/payments/${payment.id}`).set(owner.auth).expect(200);
    expect(detail.body.history.map((entry: { what: string }) => entry.what)).toEqual([
      expect.stringContaining('Paid by card through Stripe'),
      expect.stringContaining('Applied to the invoice'),
      'Sent to QuickBooks',
      `Recorded in QuickBooks as Payment ${payment.quickBooks.paymentId}`,
    ]);
  });

  it('is paid from the invoice page: Pay by card, the checkout, "processing" until the webhook, then "paid"', async () => {
    const invoice = open.shift() as QboInvoice;
    const settle = await settleInvoiceOf(invoice);
    const link = await env.app.http().get(`/api/v1/invoices/${settle.id}/payment-link`).set(owner.auth).expect(200);
    const page = new URL(link.body.url as string).pathname;
    expect((await env.app.http().get(page).expect(200)).text).toContain('by card');

    const pressed = await env.app.http().post(`${page}/pay`).send({ method: 'card' }).expect(303);
    const checkout = new URL(pressed.headers.location as string);
    expect(checkout.origin).toBe(stripe.baseUrl);
    const sessionId = checkout.pathname.split('/').pop() as string;
    expect(stripe.admin.session(sessionId).amount_total).toBe(Number(settle.balance.minorUnits));

    stripe.admin.holdWebhooks();
    expect(stripe.admin.pay(sessionId, { card: '4242424242424242' }).kind).toBe('paid');
    const back = new URL(stripe.admin.session(sessionId).success_url as string);
    expect((await env.app.http().get(`${back.pathname}${back.search}`).expect(200)).text).toContain(
      'Processing your payment',
    );
    expect(await paymentsOf(settle.id)).toEqual([]);

    await stripe.admin.releaseWebhooks('fifo');
    await recorded(settle.id);
    await eventually(async () =>
      expect((await env.app.http().get(page).expect(200)).text).toContain('Paid, thank you'),
    );
    expect(quickBooksPaymentsOf(invoice)).toHaveLength(1);
    expect(inQuickBooks(invoice.Id).Balance).toBe(0);
  });

  it("takes a card payment of a euro invoice in euros, written to QuickBooks in euros at QuickBooks' exchange rate", async () => {
    const invoice = openInEuros.shift() as QboInvoice;
    const settle = await settleInvoiceOf(invoice);
    env.sandbox.admin.setExchangeRate(realmId, 'EUR', 0.8573);
    const link = await env.app.http().get(`/api/v1/invoices/${settle.id}/payment-link`).set(owner.auth).expect(200);
    const page = new URL(link.body.url as string).pathname;
    expect((await env.app.http().get(page).expect(200)).text).toContain(
      `Pay ${Money.ofMinor(BigInt(settle.balance.minorUnits), 'EUR').format()} by card`,
    );

    const pressed = await env.app.http().post(`${page}/pay`).send({ method: 'card' }).expect(303);
    const sessionId = new URL(pressed.headers.location as string).pathname.split('/').pop() as string;
    expect(stripe.admin.session(sessionId)).toMatchObject({
      currency: 'eur',
      amount_total: Number(settle.balance.minorUnits),
    });
    expect(stripe.admin.pay(sessionId, { card: '4242424242424242' }).kind).toBe('paid');

    const payment = await recorded(settle.id);
    expect(payment).toMatchObject({ application: 'applied', applied: { minorUnits: settle.balance.minorUnits } });
    const detail = await env.app.http().get(`/api/v1/payments/${payment.id}`).set(owner.auth).expect(200);
    expect(detail.body.amount).toMatchObject({ minorUnits: settle.balance.minorUnits, currency: 'EUR' });
    const inBooks = env.sandbox.user.read(realmId, 'Payment', payment.quickBooks.paymentId as string);
    expect(inBooks).toMatchObject({
      CurrencyRef: { value: 'EUR' },
      ExchangeRate: 0.8573,
      TotalAmt: invoice.Balance,
      Line: [{ Amount: invoice.Balance, LinkedTxn: [{ TxnId: invoice.Id, TxnType: 'Invoice' }] }],
    });
    expect(inQuickBooks(invoice.Id).Balance).toBe(0);
    expect((await settleInvoiceOf(invoice)).balance.minorUnits).toBe('0');
  });

  it('records a part payment made by hand, in QuickBooks too', async () => {
    const invoice = open.shift() as QboInvoice;
    const settle = await settleInvoiceOf(invoice);
    const half = Money.ofMinor(BigInt(settle.balance.minorUnits) / 2n, 'GBP').toDecimalString();

    await env.app
      .http()
      .post(`/api/v1/invoices/${settle.id}/payments`)
      .set(owner.auth)
      .send({ method: 'stripe', amount: half, reference: 'Phone payment' })
      .expect(201);

    const payment = await recorded(settle.id);
    expect(payment.application).toBe('applied');
    const left = BigInt(settle.balance.minorUnits) - Money.parse(half, 'GBP').minorUnits;
    expect((await settleInvoiceOf(invoice)).balance.minorUnits).toBe(left.toString());
    expect(quickBooksPaymentsOf(invoice)).toHaveLength(1);
  });

  it('flags a second card payment of a paid invoice (two tabs) as overpaid and applies it once in QuickBooks', async () => {
    const invoice = open.shift() as QboInvoice;
    const settle = await settleInvoiceOf(invoice);
    const first = await startCheckout(settle.id, settle.balance.minorUnits);
    const second = await startCheckout(settle.id, settle.balance.minorUnits);

    pay(first);
    await recorded(settle.id);
    pay(second);

    const [late, early] = await eventually(async () => {
      const payments = await paymentsOf(settle.id);
      expect(payments).toHaveLength(2);
      expect(payments.every((payment) => payment.application !== 'pending')).toBe(true);
      return payments;
    }, 30_000);
    expect(early).toMatchObject({ application: 'applied', overpaid: false });
    expect(late).toMatchObject({ application: 'overpaid', overpaid: true, applied: { minorUnits: '0' } });
    expect(quickBooksPaymentsOf(invoice)).toEqual([{ TxnId: early.quickBooks.paymentId, TxnType: 'Payment' }]);
    expect(inQuickBooks(invoice.Id).Balance).toBe(0);
    expect((await settleInvoiceOf(invoice)).balance.minorUnits).toBe('0');

    const refused = await env.app
      .http()
      .post(`/api/v1/invoices/${settle.id}/payments`)
      .set(owner.auth)
      .send({ method: 'stripe', amount: '1.00' });
    expect(refused.status).toBe(409);
  });

  it("keeps QuickBooks' reason when it refuses, and writes the payment once on a retry", async () => {
    const invoice = open.shift() as QboInvoice;
    const settle = await settleInvoiceOf(invoice);
    env.sandbox.admin.failNextWrites(realmId, 'Payment', 'closedPeriod');

    await payByCard(settle.id, settle.balance.minorUnits);

    const failed = await eventually(async () => {
      const [payment] = await paymentsOf(settle.id);
      expect(payment.quickBooks.state).toBe('failed');
      return payment;
    }, 30_000);
    expect(failed.quickBooks.failure).toContain('Account Period Closed');
    expect(quickBooksPaymentsOf(invoice)).toEqual([]);
    expect((await settleInvoiceOf(invoice)).balance.minorUnits).toBe('0');

    await env.app.http().post(`/api/v1/payments/${failed.id}/retry-quickbooks`).set(owner.auth).expect(202);

    const payment = await recorded(settle.id);
    expect(quickBooksPaymentsOf(invoice)).toEqual([{ TxnId: payment.quickBooks.paymentId, TxnType: 'Payment' }]);
    expect(inQuickBooks(invoice.Id).Balance).toBe(0);
  });
});

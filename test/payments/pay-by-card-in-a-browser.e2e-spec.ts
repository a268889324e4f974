import type { QboInvoice } from '../../libs/quickbooks/qbo-types';
import { generateCompany } from '../../libs/sandbox/quickbooks/generator';
import { startStripeSandbox, type StripeSandbox } from '../../libs/sandbox/stripe';
import { eventually } from '../../libs/testing';
import { stripeEnvironmentFor } from '../../src/sandbox-mode';
import type { SignedUp } from '../support/accounts';
import { launchPhoneBrowser, type PhoneBrowser } from '../support/browser';
import { latestYearOf, runImport, startConnectedApp, type SandboxedApp } from '../support/quickbooks';
import { connectStripe } from './support/stripe';

const company = generateCompany({ seed: 'pay-in-a-browser', customers: 6, invoices: 60, realmId: '9130000000000901' });
const realmId = company.realmId;
const year = latestYearOf(company);
const openGbp = company.invoices.filter(
  (invoice) =>
    invoice.Balance > 0 &&
    invoice.Balance === invoice.TotalAmt &&
    (invoice.CurrencyRef?.value ?? 'GBP') === 'GBP' &&
    !invoice.PrivateNote?.startsWith('Voided') &&
    invoice.TxnDate.startsWith(String(year)),
);

describe('a customer pays an invoice by card from its page, in a browser', () => {
  let stripe: StripeSandbox;
  let env: SandboxedApp;
  let owner: SignedUp;
  let phone: PhoneBrowser;

  beforeAll(async () => {
    stripe = await startStripeSandbox({ webhookRetryDelaysMs: [50, 100, 200] });
    Object.assign(process.env, stripeEnvironmentFor(stripe));
    ({ env, owner } = await startConnectedApp([company], realmId));
    stripe.admin.configureWebhooks({ url: `${process.env.PUBLIC_URL}/webhooks/stripe` });
    await connectStripe({ app: env.app, stripe }, owner);
    expect((await runImport(env, owner, { kind: 'invoices', year })).status).toBe('completed');
    phone = await launchPhoneBrowser();
  });

  afterAll(async () => {
    await phone?.close();
    await env.close();
    await stripe.close();
  });

  async function settleInvoiceOf(invoice: QboInvoice): Promise<{ id: string; page: string }> {
    const list = await env.app.http().get(`/api/v1/invoices?limit=100&q=${invoice.DocNumber}`).set(owner.auth);
    const row = (list.body.data as { id: string; number: string }[]).find((r) => r.number === invoice.DocNumber);
    if (!row) throw new Error(`Invoice ${invoice.DocNumber} is not in Settle`);
    const detail = await env.app.http().get(`/api/v1/invoices/${row.id}`).set(owner.auth).expect(200);
    return { id: row.id, page: `${process.env.PUBLIC_URL}${detail.body.publicPath}` };
  }

  it('opens the link, presses pay, pays with 4242 on the checkout page, and comes back to "paid"; QuickBooks holds the Payment', async () => {
    const [invoice] = openGbp;
    const page = await phone.context.newPage();
    await page.goto((await settleInvoiceOf(invoice)).page);
    await Promise.all([page.waitForURL(/\/c\/pay\//), page.locator('[data-testid=pay-card]').click()]);
    await page.locator('#card_number').fill('4242 4242 4242 4242');
    await Promise.all([page.waitForURL(/\/p\/[\w-]+\?paid=/), page.locator('#pay').click()]);
    await page.waitForSelector('text=Paid, thank you', { timeout: 20_000 });
    expect(await page.locator('[data-testid=pay-card]').count()).toBe(0);
    await page.close();

    const inQuickBooks = await eventually(() => {
      const now = env.sandbox.user.read(realmId, 'Invoice', invoice.Id);
      expect(now.Balance).toBe(0);
      return now;
    });
    const payments = (inQuickBooks.LinkedTxn ?? []).filter((linked) => linked.TxnType === 'Payment');
    expect(payments).toHaveLength(1);
    const payment = env.sandbox.user.read(realmId, 'Payment', payments[0].TxnId) as {
      DepositToAccountRef: { value: string };
      PaymentMethodRef: { value: string };
    };
    const account = env.sandbox.user.read(realmId, 'Account', payment.DepositToAccountRef.value) as {
      AccountSubType: string;
    };
    expect(account.AccountSubType).toBe('UndepositedFunds');
    const method = env.sandbox.user.read(realmId, 'PaymentMethod', payment.PaymentMethodRef.value) as { Name: string };
    expect(method.Name).toBe('Stripe');
  });

  it('shows a declined card on the checkout page and takes no payment', async () => {
    const invoice = openGbp[1];
    const settle = await settleInvoiceOf(invoice);
    const page = await phone.context.newPage();
    await page.goto(settle.page);
    await Promise.all([page.waitForURL(/\/c\/pay\//), page.locator('[data-testid=pay-card]').click()]);
    await page.locator('#card_number').fill('4000 0000 0000 0002');
    await page.locator('#pay').click();
    await page.waitForSelector('text=Your card was declined.');
    await page.close();
    expect(env.sandbox.user.read(realmId, 'Invoice', invoice.Id).Balance).toBe(invoice.Balance);
    const payments = await env.app.http().get(`/api/v1/payments?invoiceId=${settle.id}`).set(owner.auth).expect(200);
    expect(payments.body.data).toEqual([]);
  });
});

import { EntityManager } from '@mikro-orm/postgresql';
import type { QboInvoice } from '../../libs/quickbooks/qbo-types';
import { startCrezcoSandbox, type CrezcoSandbox } from '../../libs/sandbox/crezco';
import { generateCompany } from '../../libs/sandbox/quickbooks/generator';
import { eventually } from '../../libs/testing';
import { crezcoEnvironmentFor } from '../../src/sandbox-mode';
import type { SignedUp } from '../support/accounts';
import { launchPhoneBrowser, type PhoneBrowser } from '../support/browser';
import { latestYearOf, runImport, startConnectedApp, type SandboxedApp } from '../support/quickbooks';
import { connectCrezco } from './support/crezco';

const company = generateCompany({
  seed: 'pay-by-bank-3',
  customers: 8,
  invoices: 90,
  sharedContactShare: 0,
  realmId: '9130000000000951',
});
const realmId = company.realmId;
const year = latestYearOf(company);
const isOpen = (invoice: QboInvoice) =>
  invoice.Balance > 0 &&
  invoice.Balance === invoice.TotalAmt &&
  !invoice.PrivateNote?.startsWith('Voided') &&
  invoice.TxnDate.startsWith(String(year));
const currencyOf = (invoice: QboInvoice) => invoice.CurrencyRef?.value ?? 'GBP';
const openGbp = company.invoices.filter((invoice) => isOpen(invoice) && currencyOf(invoice) === 'GBP');
const openOther = company.invoices.filter((invoice) => isOpen(invoice) && currencyOf(invoice) !== 'GBP');

interface PaymentView {
  id: string;
  method: string;
  reference: string | null;
  quickBooks: { state: string; paymentId: string | null };
}

describe('pay by bank through Crezco: connect, the invoice page, webhooks and the poll, to QuickBooks', () => {
  let crezco: CrezcoSandbox;
  let env: SandboxedApp;
  let owner: SignedUp;
  let phone: PhoneBrowser;

  beforeAll(async () => {
    crezco = await startCrezcoSandbox();
    Object.assign(process.env, crezcoEnvironmentFor(crezco), {
      CREZCO_POLL_EVERY_MS: '200',
      CREZCO_POLL_AFTER_MS: '300',
    });
    ({ env, owner } = await startConnectedApp([company], realmId));
    crezco.admin.subscribe(`${process.env.PUBLIC_URL}/webhooks/crezco`);
    expect((await runImport(env, owner, { kind: 'invoices', year })).status).toBe('completed');
    expect(openGbp.length).toBeGreaterThanOrEqual(6);
    phone = await launchPhoneBrowser();
  });

  afterAll(async () => {
    await phone?.close();
    await env.close();
    await crezco.close();
    for (const name of ['CREZCO_POLL_EVERY_MS', 'CREZCO_POLL_AFTER_MS']) delete process.env[name];
  });

  beforeEach(() => {
    crezco.admin.configureWebhooks({ duplicate: 0, drop: 0, delayMs: 0, hold: false });
  });

  async function settleInvoiceOf(invoice: QboInvoice): Promise<{ id: string; page: string; token: string }> {
    const list = await env.app.http().get(`/api/v1/invoices?limit=100&q=${invoice.DocNumber}`).set(owner.auth);
    const row = (list.body.data as { id: string; number: string }[]).find((r) => r.number === invoice.DocNumber);
    if (!row) throw new Error(`Invoice ${invoice.DocNumber} is not in Settle`);
    const detail = await env.app.http().get(`/api/v1/invoices/${row.id}`).set(owner.auth).expect(200);
    const publicPath = detail.body.publicPath as string;
    return { id: row.id, page: `${process.env.PUBLIC_URL}${publicPath}`, token: publicPath.split('/').pop() as string };
  }

  async function paymentsOf(invoiceId: string): Promise<PaymentView[]> {
    const list = await env.app.http().get(`/api/v1/payments?invoiceId=${invoiceId}`).set(owner.auth).expect(200);
    return list.body.data;
  }

  /** Presses "Pay by bank" as the page's form does; answers the pay demand Crezco was asked for. */
  async function pressPayByBank(invoice: QboInvoice): Promise<{ settleId: string; payDemandId: string }> {
    const settle = await settleInvoiceOf(invoice);
    const before = new Set(crezco.admin.payDemands().map((demand) => demand.payDemandId));
    const pressed = await fetch(`${process.env.PUBLIC_URL}/p/${settle.token}/pay`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'method=bank',
      redirect: 'manual',
    });
    expect(pressed.status).toBe(303);
    expect(pressed.headers.get('location')).toContain(crezco.baseUrl);
    const demand = crezco.admin.payDemands().find((candidate) => !before.has(candidate.payDemandId));
    if (!demand) throw new Error('No pay demand was made');
    return { settleId: settle.id, payDemandId: demand.payDemandId };
  }

  async function recordedInQuickBooks(invoice: QboInvoice): Promise<{ Name: string; subType: string }> {
    const inQuickBooks = await eventually(() => {
      const now = env.sandbox.user.read(realmId, 'Invoice', invoice.Id);
      expect(now.Balance).toBe(0);
      return now;
    });
    const linked = (inQuickBooks.LinkedTxn ?? []).filter((txn) => txn.TxnType === 'Payment');
    expect(linked).toHaveLength(1);
    const payment = env.sandbox.user.read(realmId, 'Payment', linked[0].TxnId) as {
      DepositToAccountRef: { value: string };
      PaymentMethodRef: { value: string };
    };
    const account = env.sandbox.user.read(realmId, 'Account', payment.DepositToAccountRef.value) as {
      AccountSubType: string;
    };
    const method = env.sandbox.user.read(realmId, 'PaymentMethod', payment.PaymentMethodRef.value) as { Name: string };
    return { Name: method.Name, subType: account.AccountSubType };
  }

  it('connects: the onboarding URL, the consent page, the callback storing the Crezco user; a decline stores nothing', async () => {
    const declined = await connectCrezco({ app: env.app, crezco }, owner, 'decline');
    expect(declined.status).toBe(403);
    expect(declined.page).toContain('Crezco was not connected');
    await env.app.http().get('/api/v1/integrations/crezco').set(owner.auth).expect(404);

    const connected = await connectCrezco({ app: env.app, crezco }, owner);
    expect(connected.status).toBe(200);
    expect(connected.page).toContain('Crezco connected');
    const shown = await env.app.http().get('/api/v1/integrations/crezco').set(owner.auth).expect(200);
    expect(shown.body).toMatchObject({ status: 'connected', currencies: ['GBP'] });
    expect(crezco.admin.users().map((user) => user.id)).toContain(shown.body.crezcoUserId);
  });

  it('pays by bank from the page in a browser: the mock bank approves, the page says paid, QuickBooks holds one Crezco payment', async () => {
    const [invoice] = openGbp;
    const page = await phone.context.newPage();
    await page.goto((await settleInvoiceOf(invoice)).page);
    await page.locator('[data-testid=pay-bank]').click();
    await page.getByRole('button', { name: 'Continue to bank' }).click();
    await page.getByRole('button', { name: 'Approve payment' }).click();
    await page.waitForURL(/\/p\/[\w-]+\?paid=/);
    await page.waitForSelector('text=Paid, thank you', { timeout: 30_000 });
    expect(await page.locator('[data-testid=pay-bank]').count()).toBe(0);
    await page.close();

    expect(await recordedInQuickBooks(invoice)).toEqual({ Name: 'Crezco', subType: 'UndepositedFunds' });
    const settle = await settleInvoiceOf(invoice);
    const [payment, ...others] = await paymentsOf(settle.id);
    expect(others).toEqual([]);
    expect(payment.method).toBe('crezco');
    expect(payment.reference).toMatch(/^CZ-[0-9A-F]{12}$/);
  });

  it('a declined payment closes the attempt, the page offers to try again, and nothing is recorded', async () => {
    const invoice = openGbp[1];
    const { settleId, payDemandId } = await pressPayByBank(invoice);
    const [payment] = crezco.admin.payments(payDemandId);
    crezco.admin.advance(payment.id, 'Declined');
    const settle = await settleInvoiceOf(invoice);
    const shown = await eventually(async () => {
      const page = await env.app.http().get(`/api/v1/public/invoices/${settle.token}`).expect(200);
      expect(page.body.lastFailure).toBe('The bank declined the payment.');
      return page.body;
    });
    expect(shown.paymentOptions.bank).toBe(true);
    expect(await paymentsOf(settleId)).toEqual([]);
    expect(env.sandbox.user.read(realmId, 'Invoice', invoice.Id).Balance).toBe(invoice.Balance);
  });

  it('a forged webhook for a payment that did not happen records nothing', async () => {
    const invoice = openGbp[2];
    const { settleId, payDemandId } = await pressPayByBank(invoice);
    const attemptId = crezco.admin.payDemand(payDemandId)?.metadata.settleAttemptId as string;
    crezco.admin.clearWebhookDeliveries();
    crezco.admin.forgeWebhook({});
    crezco.admin.forgeWebhook({ payDemandId, partnerMetadata: { settleAttemptId: attemptId } });
    const forged = await eventually(() => {
      const delivered = crezco.admin.webhookDeliveries().filter((d) => d.forged && d.status === 200);
      expect(delivered).toHaveLength(2);
      return delivered.map((d) => d.body);
    });
    await eventually(async () => {
      const statuses = await env.app.app
        .get(EntityManager)
        .getConnection()
        .execute<{ status: string }[]>(
          `select status from platform_inbox where provider = 'crezco' and raw_body in (?, ?) order by status`,
          forged,
        );
      expect(statuses.map((row) => row.status)).toEqual(['ignored', 'processed']);
    });
    expect(await paymentsOf(settleId)).toEqual([]);
    expect(env.sandbox.user.read(realmId, 'Invoice', invoice.Id).Balance).toBe(invoice.Balance);
  });

  it('a payment whose webhooks are all lost is caught by the poll', async () => {
    const invoice = openGbp[3];
    const { settleId, payDemandId } = await pressPayByBank(invoice);
    crezco.admin.configureWebhooks({ drop: 100 });
    crezco.admin.pay(payDemandId, { decision: 'approve' });
    expect(await recordedInQuickBooks(invoice)).toEqual({ Name: 'Crezco', subType: 'UndepositedFunds' });
    expect(await paymentsOf(settleId)).toHaveLength(1);
    expect(crezco.admin.droppedWebhooks().length).toBeGreaterThan(0);
  });

  it('duplicated webhooks make one payment', async () => {
    const invoice = openGbp[4];
    const { settleId, payDemandId } = await pressPayByBank(invoice);
    crezco.admin.configureWebhooks({ duplicate: 100 });
    crezco.admin.pay(payDemandId, { decision: 'approve' });
    expect(await recordedInQuickBooks(invoice)).toEqual({ Name: 'Crezco', subType: 'UndepositedFunds' });
    await eventually(() =>
      expect(
        crezco.admin
          .webhookDeliveries()
          .filter((d) => d.eventType === 'PaymentCompleted' && d.payDemandId === payDemandId).length,
      ).toBeGreaterThanOrEqual(2),
    );
    expect(await paymentsOf(settleId)).toHaveLength(1);
  });

  it('offers no bank button on an invoice in another currency', async () => {
    const [invoice] = openOther;
    const settle = await settleInvoiceOf(invoice);
    const shown = await env.app.http().get(`/api/v1/public/invoices/${settle.token}`).expect(200);
    expect(shown.body.paymentOptions.bank).toBe(false);
    const page = await phone.context.newPage();
    await page.goto(settle.page);
    expect(await page.locator('[data-testid=pay-bank]').count()).toBe(0);
    await page.close();
  });
});

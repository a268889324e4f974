import { generateCompany } from '../../libs/sandbox/quickbooks/generator';
import { startStripeSandbox, type StripeSandbox } from '../../libs/sandbox/stripe';
import { eventually } from '../../libs/testing';
import { Clock, SettableClock } from '../../src/platform/clock/clock';
import { stripeEnvironmentFor } from '../../src/sandbox-mode';
import { signUp, type SignedUp } from '../support/accounts';
import { launchPhoneBrowser, type PhoneBrowser } from '../support/browser';
import {
  latestYearOf,
  connectQuickBooks,
  runImport,
  startAppWithSandbox,
  type SandboxedApp,
} from '../support/quickbooks';
import { connectStripe } from '../payments/support/stripe';
import { duePass } from '../workflows/workflows-support';

const company = generateCompany({
  seed: 'text-to-pay-journey',
  customers: 12,
  invoices: 80,
  realmId: '9130000000001001',
});
const realmId = company.realmId;
const year = latestYearOf(company);
const DAY = 24 * 3600 * 1000;

interface InvoiceRow {
  id: string;
  number: string;
  contactId: string;
  dueDate: string | null;
  balance: { minorUnits: string };
  total: { minorUnits: string };
  currency: string;
  quickBooks: { id: string };
}

describe('the whole journey: connect, import, send with a workflow, the reminder, pay by card, the thank-you, QuickBooks paid', () => {
  let stripe: StripeSandbox;
  let env: SandboxedApp;
  let owner: SignedUp;
  let phone: PhoneBrowser;
  const clock = new SettableClock(new Date());

  beforeAll(async () => {
    stripe = await startStripeSandbox({ webhookRetryDelaysMs: [50, 100, 200] });
    Object.assign(process.env, stripeEnvironmentFor(stripe));
    env = await startAppWithSandbox([company], { app: { overrides: [{ provide: Clock, useValue: clock }] } });
    stripe.admin.configureWebhooks({ url: `${process.env.PUBLIC_URL}/webhooks/stripe` });
    owner = await signUp(env.app, { timezone: 'Europe/London', accountName: 'Hartley Plumbing' });
    await connectQuickBooks(env, owner, { realmId });
    await connectStripe({ app: env.app, stripe }, owner);
    expect((await runImport(env, owner, { kind: 'contacts' })).status).toBe('completed');
    expect((await runImport(env, owner, { kind: 'invoices', year })).status).toBe('completed');
    phone = await launchPhoneBrowser();
  });

  afterAll(async () => {
    await phone?.close();
    await env.close();
    await stripe.close();
  });

  /** An unpaid GBP invoice due within a year, whose contact has a mobile. */
  async function chosenInvoice(): Promise<{ invoice: InvoiceRow; number: string }> {
    const page = await env.app.http().get('/api/v1/invoices?limit=100').set(owner.auth).expect(200);
    for (const row of page.body.data as InvoiceRow[]) {
      const invoice = (await env.app.http().get(`/api/v1/invoices/${row.id}`).set(owner.auth).expect(200)).body;
      const dueIn = invoice.dueDate ? Math.abs(Date.parse(invoice.dueDate) - clock.now().getTime()) : Infinity;
      if (invoice.currency !== 'GBP' || invoice.balance.minorUnits !== invoice.total.minorUnits || dueIn > 300 * DAY)
        continue;
      const contact = await env.app.http().get(`/api/v1/contacts/${invoice.contactId}`).set(owner.auth).expect(200);
      if (contact.body.mobile && !contact.body.optedOut)
        return { invoice, number: (contact.body.mobile as string).slice(1) };
    }
    throw new Error('The sample company has no invoice to chase');
  }

  it('takes a customer from the first text to a paid invoice in QuickBooks', async () => {
    const { invoice, number } = await chosenInvoice();
    const tomorrow = new Date(clock.now().getTime() + DAY).toISOString().slice(0, 10);
    const offsetDays = Math.round((Date.parse(tomorrow) - Date.parse(invoice.dueDate as string)) / DAY);
    const workflow = await env.app
      .http()
      .post('/api/v1/workflows')
      .set(owner.auth)
      .send({
        name: 'Friendly',
        steps: [
          {
            kind: 'reminder',
            relativeTo: 'due',
            offsetDays,
            timeOfDay: '10:00',
            repeatEveryDays: null,
            maxRepeats: null,
            templateId: null,
          },
          { kind: 'thank_you', templateId: null },
        ],
      })
      .expect(201);
    await env.app
      .http()
      .post(`/api/v1/invoices/${invoice.id}/send`)
      .set(owner.auth)
      .send({ workflowId: workflow.body.id })
      .expect(200);
    const received = () => env.vonage.admin.textsTo(number).filter((text) => text.direction === 'received');
    await eventually(() => expect(received()).toHaveLength(1));

    // The next day, after 10:00 in London: the reminder goes, with the payment link.
    clock.set(new Date(`${tomorrow}T12:00:00Z`));
    await eventually(async () => {
      await duePass(env.app).run();
      expect(received()).toHaveLength(2);
    });

    const page = await phone.context.newPage();
    await page.goto(`${env.vonage.phones}/${number}`);
    const [invoicePage] = await Promise.all([
      phone.context.waitForEvent('page'),
      page.locator('.text').first().locator('a').first().click(),
    ]);
    await invoicePage.waitForLoadState();
    await Promise.all([invoicePage.waitForURL(/\/c\/pay\//), invoicePage.locator('[data-testid=pay-card]').click()]);
    await invoicePage.locator('#card_number').fill('4242 4242 4242 4242');
    await Promise.all([invoicePage.waitForURL(/\/p\/[\w-]+\?paid=/), invoicePage.locator('#pay').click()]);
    await invoicePage.waitForSelector('text=Paid, thank you', { timeout: 20_000 });

    // The thank-you goes once the payment is in; QuickBooks holds the invoice paid into Undeposited Funds.
    await eventually(async () => {
      await duePass(env.app).run();
      expect(received()).toHaveLength(3);
    });
    expect(received()[2].text).not.toContain('/p/');
    const inQuickBooks = await eventually(() => {
      const now = env.sandbox.user.read(realmId, 'Invoice', invoice.quickBooks.id);
      expect(now.Balance).toBe(0);
      return now;
    });
    const [linked] = (inQuickBooks.LinkedTxn ?? []).filter((txn) => txn.TxnType === 'Payment');
    const payment = env.sandbox.user.read(realmId, 'Payment', linked.TxnId) as {
      DepositToAccountRef: { value: string };
    };
    const account = env.sandbox.user.read(realmId, 'Account', payment.DepositToAccountRef.value) as {
      AccountSubType: string;
    };
    expect(account.AccountSubType).toBe('UndepositedFunds');
  });
});

import { EntityManager } from '@mikro-orm/postgresql';
import { generateCompany } from '../../libs/sandbox/quickbooks/generator';
import { eventually } from '../../libs/testing';
import { QuickBooksChangeNoticeRecord } from '../../src/modules/integration/domain/quickbooks-change-notice.record';
import { type SignedUp } from '../support/accounts';
import { launchPhoneBrowser, type PhoneBrowser } from '../support/browser';
import { latestYearOf, runImport, startConnectedApp, type SandboxedApp } from '../support/quickbooks';

const company = generateCompany({
  seed: 'send-invoice-journey',
  customers: 15,
  invoices: 90,
  realmId: '9130000000000711',
});
const year = latestYearOf(company);

interface InvoiceRow {
  id: string;
  number: string;
  contactId: string;
  status: string;
}

describe('the journey: import from QuickBooks, Save and Send, the text on the phone, its link to the invoice page', () => {
  let env: SandboxedApp;
  let owner: SignedUp;
  let phone: PhoneBrowser;

  beforeAll(async () => {
    ({ env, owner } = await startConnectedApp([company], company.realmId));
    expect((await runImport(env, owner, { kind: 'contacts' })).status).toBe('completed');
    expect((await runImport(env, owner, { kind: 'invoices', year })).status).toBe('completed');
    phone = await launchPhoneBrowser();
  });

  afterAll(async () => {
    await phone?.close();
    await env.close();
  });

  /** An open invoice of this year whose contact has a mobile. */
  async function textableInvoice(): Promise<{ invoice: InvoiceRow; mobile: string }> {
    const page = await env.app.http().get('/api/v1/invoices?status=open&limit=100').set(owner.auth).expect(200);
    for (const invoice of page.body.data as InvoiceRow[]) {
      const contact = await env.app.http().get(`/api/v1/contacts/${invoice.contactId}`).set(owner.auth).expect(200);
      if (contact.body.mobile && !contact.body.optedOut) return { invoice, mobile: contact.body.mobile as string };
    }
    throw new Error('The sample company has no open invoice for a contact with a mobile');
  }

  it('texts the invoice, marks it sent in QuickBooks, and the link on the phone opens the invoice page', async () => {
    const { invoice, mobile } = await textableInvoice();
    const sent = await env.app
      .http()
      .post(`/api/v1/invoices/${invoice.id}/send`)
      .set(owner.auth)
      .send({ message: 'Hi {first_name}, invoice {invoice_number} for {amount_due} is ready to pay:' })
      .expect(200);

    const number = mobile.slice(1);
    await eventually(() => expect(env.vonage.admin.textsTo(number)).toHaveLength(1));
    const page = await phone.context.newPage();
    await page.goto(`${env.vonage.phones}/${number}`);
    expect(await page.locator('body').innerText()).toContain(`invoice ${invoice.number}`);
    // The phone page opens links in a new tab, as a phone's messages app opens the browser.
    const [invoicePage] = await Promise.all([
      phone.context.waitForEvent('page'),
      page.locator(`a[href="${sent.body.paymentLink}"]`).click(),
    ]);
    await invoicePage.waitForLoadState();
    expect(invoicePage.url()).toBe(sent.body.paymentLink);
    expect(await invoicePage.title()).toBe(`Invoice ${invoice.number} from ${company.companyInfo.CompanyName}`);
    await invoicePage.close();
    await page.close();

    const quickBooksId = (await env.app.http().get(`/api/v1/invoices/${invoice.id}`).set(owner.auth).expect(200)).body
      .quickBooks.id as string;
    await eventually(() =>
      expect(env.sandbox.user.read(company.realmId, 'Invoice', quickBooksId).PrivateNote).toMatch(
        /Sent by SMS via Settle \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/,
      ),
    );
    // QuickBooks' echo of Settle's own note comes back by webhook and leaves "sent" as the last action.
    await env.sandbox.admin.flushWebhooks();
    const echo = await eventually(async () => {
      const notices = await env.app.app
        .get(EntityManager)
        .fork()
        .find(QuickBooksChangeNoticeRecord, { realmId: company.realmId, entity: 'Invoice', entityId: quickBooksId });
      const processed = notices.find((notice) => notice.processedAt !== null);
      expect(processed).toBeDefined();
      return processed as QuickBooksChangeNoticeRecord;
    });
    expect(echo.outcome).toContain("Settle's own note in QuickBooks");
    const after = await env.app.http().get(`/api/v1/invoices/${invoice.id}`).set(owner.auth).expect(200);
    expect(after.body.lastAction).toMatchObject({ kind: 'sent', by: owner.userId });
  });
});

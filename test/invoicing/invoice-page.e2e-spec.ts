import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CommandBus } from '@nestjs/cqrs';
import type { BrowserContext } from 'playwright-core';
import { freePort } from '../../libs/testing';
import { ApplyPaymentToInvoiceCommand } from '../../src/modules/invoicing/contracts';
import { launchPhoneBrowser, type PhoneBrowser } from '../support/browser';
import { signUp, type SignedUp } from '../support/accounts';
import { startTestApp, type TestApp } from '../support/test-app';
import { ConnectedCompaniesStub, ConnectedCompaniesStubModule } from './support/connected-companies.stub';
import { discountLine, invoiceRecord, itemLine } from './support/invoice-record.mother';
import { upsertInvoices } from './support/invoices';
import { PaymentsStub, PaymentsStubModule } from './support/payments.stub';

const SCREENSHOTS = join(__dirname, '..', '..', 'test-results');

/** A realistic UK VAT invoice: 3 lines at 20% and 5%, a 10% discount, £1,234.50 in all. */
const record = invoiceRecord({
  quickBooksId: '1042',
  docNumber: 'INV-1042',
  txnDate: '2026-03-02',
  dueDate: '2099-04-01',
  customerName: 'Amelia <b>Clarke</b>',
  applyTaxAfterDiscount: true,
  lines: [
    itemLine(75000n, {
      lineNumber: 1,
      itemCode: 'Joinery labour',
      description: 'Fit oak staircase balustrade',
      quantity: '2.5',
      unitPrice: '300',
    }),
    itemLine(32500n, {
      lineNumber: 2,
      itemCode: 'Oak handrail',
      description: 'Oak handrail, 3.6 m <script>alert(1)</script>',
      quantity: '5',
      unitPrice: '65',
    }),
    itemLine(11000n, {
      lineNumber: 3,
      itemCode: 'Heating oil',
      description: 'Heating oil',
      quantity: '200',
      unitPrice: '0.55',
      taxCode: '5.0% R',
      taxRatePercent: '5',
    }),
    itemLine(118500n, { kind: 'subtotal', lineNumber: null }),
    discountLine({ percent: '10' }),
  ],
  taxLines: [
    { taxRateId: '5', taxRateName: '20.0% S', ratePercent: '20', amountMinor: 19350n, netAmountTaxableMinor: 96750n },
    { taxRateId: '6', taxRateName: '5.0% R', ratePercent: '5', amountMinor: 495n, netAmountTaxableMinor: 9900n },
  ],
  totalTaxMinor: 19845n,
  totalAmountMinor: 126495n,
  balanceMinor: 123450n,
  customerMemo: 'Thank you for your business.',
});

describe('the invoice page in a real browser', () => {
  let app: TestApp;
  let owner: SignedUp;
  let browser: BrowserContext;
  let phone: PhoneBrowser;
  let baseUrl: string;

  beforeAll(async () => {
    // The checkout brings the payer back to the page's public address: the app must listen there.
    const port = await freePort();
    process.env.PUBLIC_URL = `http://127.0.0.1:${port}`;
    app = await startTestApp({ imports: [ConnectedCompaniesStubModule, PaymentsStubModule], listenPort: port });
    owner = await signUp(app, { accountName: 'Hartley Joinery' });
    app.app.get(ConnectedCompaniesStub).connect(owner.accountId, 'Hartley & Moss Joinery Ltd');
    baseUrl = process.env.PUBLIC_URL;
    phone = await launchPhoneBrowser();
    browser = phone.context;
  });

  afterAll(async () => {
    await phone?.close();
    await app.close();
  });

  it('shows the business as QuickBooks names it, the invoice, VAT and totals in its currency, and its status', async () => {
    const [created] = await upsertInvoices(app, owner.accountId, [record]);
    const detail = await app.http().get(`/api/v1/invoices/${created.invoiceId}`).set(owner.auth).expect(200);
    expect(detail.body.totalsMismatch).toBe(false);

    const page = await browser.newPage();
    const response = await page.goto(`${baseUrl}${detail.body.publicPath}`);
    expect(response?.status()).toBe(200);
    expect(await page.title()).toBe('Invoice INV-1042 from Hartley & Moss Joinery Ltd');
    const text = await page.locator('body').innerText();
    expect(text).toContain('Hartley & Moss Joinery Ltd');
    expect(text).not.toContain('Hartley Joinery');
    expect(text).toContain('Invoice INV-1042');
    expect(text).toContain('Amelia <b>Clarke</b>');
    expect(text).toContain('Oak handrail, 3.6 m <script>alert(1)</script>');
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('[data-testid=line]').count()).toBe(3);
    expect(await page.locator('[data-testid=subtotal]').innerText()).toBe('£1,185.00');
    expect(await page.locator('[data-testid=discount]').innerText()).toBe('−£118.50');
    expect(await page.locator('[data-testid=tax]').allInnerTexts()).toEqual(['£193.50', '£4.95']);
    expect(text).toContain('VAT 20%');
    expect(await page.locator('[data-testid=total]').innerText()).toBe('£1,264.95');
    expect(await page.locator('[data-testid=balance]').innerText()).toBe('£1,234.50');
    expect(await page.locator('[data-testid=status]').innerText()).toBe('Partially paid');
    const fitsPhone = await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth');
    expect(fitsPhone).toBe(true);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'invoice-page-phone.png'), fullPage: true });
    await page.close();
  });

  it('answers an unknown token with a plain 404 page', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${baseUrl}/p/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('This invoice is not available');
    await page.close();
  });

  describe('paying', () => {
    const payments = () => app.app.get(PaymentsStub);

    async function pageOf(quickBooksId: string): Promise<{ invoiceId: string; url: string }> {
      const [created] = await upsertInvoices(app, owner.accountId, [{ ...record, quickBooksId }]);
      const detail = await app.http().get(`/api/v1/invoices/${created.invoiceId}`).set(owner.auth).expect(200);
      return { invoiceId: created.invoiceId as string, url: `${baseUrl}${detail.body.publicPath}` };
    }

    it('pays by card: the button, the checkout, "processing" that refreshes itself, then "Paid, thank you"', async () => {
      payments().offer(owner.accountId, { card: true, bank: true });
      const { invoiceId, url } = await pageOf('2001');
      const page = await browser.newPage();
      await page.goto(url);
      expect(await page.getByTestId('pay-card').innerText()).toBe('Pay £1,234.50 by card');
      expect(await page.getByTestId('pay-bank').innerText()).toBe('Pay by bank');
      await page.screenshot({ path: join(SCREENSHOTS, 'invoice-page-pay-buttons.png'), fullPage: true });

      payments().state(invoiceId, { processing: true, lastFailure: null });
      await Promise.all([page.waitForURL(`${url}?paid=1`), page.getByTestId('pay-card').click()]);
      expect(payments().checkouts.at(-1)).toMatchObject({ invoiceId, method: 'card', amount: { minor: '123450' } });
      expect(await page.getByTestId('payment-notice').innerText()).toContain('Processing your payment');
      expect(await page.getByTestId('pay-card').count()).toBe(0);
      expect(await page.locator('meta[http-equiv=refresh]').getAttribute('content')).toBe(
        `5;url=${new URL(url).pathname}?paid=2`,
      );

      await app.app
        .get(CommandBus)
        .execute(
          new ApplyPaymentToInvoiceCommand(
            owner.accountId,
            invoiceId,
            'pay-2001',
            '123450',
            'GBP',
            'stripe',
            '2026-03-06',
          ),
        );
      payments().state(invoiceId, { processing: false, lastFailure: null });
      await page.getByText('Paid, thank you').waitFor({ timeout: 20_000 });
      expect(await page.getByTestId('status').innerText()).toBe('Paid');
      expect(await page.locator('.pay button').count()).toBe(0);
      expect(await page.locator('meta[http-equiv=refresh]').count()).toBe(0);
      await page.close();
    });

    it('says when a payment did not go through, and offers the buttons again', async () => {
      payments().offer(owner.accountId, { card: true, bank: false });
      const { invoiceId, url } = await pageOf('2002');
      payments().state(invoiceId, { processing: false, lastFailure: 'Your card was declined.' });
      const page = await browser.newPage();
      await page.goto(`${url}?paid=1`);
      const notice = await page.getByTestId('payment-notice').innerText();
      expect(notice).toContain('Your payment did not go through');
      expect(notice).toContain('Your card was declined.');
      expect(await page.getByTestId('pay-card').count()).toBe(1);
      expect(await page.getByTestId('pay-bank').count()).toBe(0);
      expect(await page.locator('meta[http-equiv=refresh]').count()).toBe(0);
      await page.close();
    });

    it('shows no button when the business takes no payments online', async () => {
      payments().offer(owner.accountId, { card: false, bank: false });
      const { url } = await pageOf('2003');
      const page = await browser.newPage();
      await page.goto(url);
      expect(await page.locator('.pay button').count()).toBe(0);
      expect(await page.getByTestId('balance').innerText()).toBe('£1,234.50');
      await page.close();
    });
  });
});

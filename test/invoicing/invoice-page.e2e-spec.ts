import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { launchPhoneBrowser, type PhoneBrowser } from '../support/browser';
import { signUp, type SignedUp } from '../support/accounts';
import { startTestApp, type TestApp } from '../support/test-app';
import { ConnectedCompaniesStub, ConnectedCompaniesStubModule } from './support/connected-companies.stub';
import { discountLine, invoiceRecord, itemLine } from './support/invoice-record.mother';
import { upsertInvoices } from './support/invoices';

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
    app = await startTestApp({ imports: [ConnectedCompaniesStubModule] });
    owner = await signUp(app, { accountName: 'Hartley Joinery' });
    app.app.get(ConnectedCompaniesStub).connect(owner.accountId, 'Hartley & Moss Joinery Ltd');
    await app.app.listen(0, '127.0.0.1');
    baseUrl = await app.app.getUrl();
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
});

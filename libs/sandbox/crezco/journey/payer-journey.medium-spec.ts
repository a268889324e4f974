import type { AxiosInstance } from 'axios';
import type { CrezcoPayment } from '../../../crezco';
import { eventually } from '../../../testing';
import { startCrezcoSandbox, type CrezcoSandbox } from '../index';
import { createPayDemand, crezcoClient, pageClient, pathOf, submitForm } from '../testing/client';

const SUCCESS = 'http://127.0.0.1:3000/pay/tok_1/crezco/return?outcome=success';
const FAILURE = 'http://127.0.0.1:3000/pay/tok_1/crezco/return?outcome=failure';

describe('Crezco sandbox payer journey and payment status', () => {
  let sandbox: CrezcoSandbox;
  let crezco: AxiosInstance;
  let pages: AxiosInstance;

  beforeAll(async () => {
    sandbox = await startCrezcoSandbox();
    crezco = crezcoClient(sandbox);
    pages = pageClient(sandbox);
  });
  beforeEach(() => {
    sandbox.admin.reset();
    sandbox.admin.configure({ statusTimings: { acceptedAfterMs: 30, completedAfterMs: 30 } });
  });
  afterAll(() => sandbox.close());

  const status = async (paymentId: string) =>
    (await crezco.get<{ code: string }>(`/v1/payments/${paymentId}/status`)).data.code;
  const paymentsOf = async (payDemandId: string) =>
    (await crezco.get<CrezcoPayment[]>(`/v1/pay-demands/${payDemandId}/payments`)).data;

  /** The custom redirect payment Settle makes: `{ redirect }` to send the payer to. */
  const customRedirect = async (userId: string, payDemandId: string, extra: Record<string, string> = {}) => {
    const query = new URLSearchParams({
      initialScreen: 'BankSelection',
      finalScreen: 'PaymentStatus',
      successCallbackUri: SUCCESS,
      failureCallbackUri: FAILURE,
      countryIso2Code: 'GB',
      ...extra,
    });
    return crezco.post<{ redirect: string }>(
      `/v1/users/${userId}/pay-demands/${payDemandId}/payment?${query.toString()}`,
    );
  };

  /** Bank selection → the bank page → a decision; the final redirect. */
  const payOnPages = async (startUrl: string, decision: string, bank = 'yapily-mock') => {
    const selection = await pages.get<string>(pathOf(startUrl));
    expect(selection.status).toBe(200);
    expect(selection.data).toContain('Yapily Mock');
    const toBank = await submitForm(pages, pathOf(startUrl), { decision: 'continue', bank });
    expect(toBank.status).toBe(303);
    const bankPath = String(toBank.headers.location);
    expect((await pages.get<string>(bankPath)).data).toContain('Approve payment');
    return submitForm(pages, bankPath, { decision });
  };

  it('a custom redirect payment: New at once, approved at the bank, back to the success callback, then Accepted and Completed', async () => {
    const { userId, demand } = await createPayDemand(sandbox);
    const made = await customRedirect(userId, demand.payDemandId);
    expect(made.status).toBe(200);
    expect(made.data.redirect).toMatch(new RegExp(`^${sandbox.baseUrl}/payment/`));
    const [pending] = await paymentsOf(demand.payDemandId);
    expect(pending).toMatchObject({ status: { code: 'New' }, payDemandId: demand.payDemandId, amount: '42.42' });

    const back = await payOnPages(made.data.redirect, 'approve');
    expect(back.status).toBe(303);
    expect(back.headers.location).toBe(SUCCESS);
    expect(['Authorised', 'Accepted', 'Completed']).toContain(await status(pending.id));
    await eventually(async () => expect(await status(pending.id)).toBe('Completed'));
    expect(sandbox.admin.payment(pending.id).history.map((h) => h.status)).toEqual([
      'New',
      'Authorised',
      'Accepted',
      'Completed',
    ]);
    const fetched = await crezco.get<CrezcoPayment>(`/v1/payments/${pending.id}`);
    expect(fetched.data).toMatchObject({
      id: pending.id,
      payDemandId: demand.payDemandId,
      userId,
      status: { code: 'Completed' },
      amount: '42.42',
      currency: 'GBP',
      reference: 'INV-00042',
      bankId: 'yapily-mock',
    });
  });

  it('a payer who cancels at the bank goes to the failure callback; the payment is Cancelled', async () => {
    const { userId, demand } = await createPayDemand(sandbox);
    const made = await customRedirect(userId, demand.payDemandId);
    const back = await payOnPages(made.data.redirect, 'cancel');
    expect(back.headers.location).toBe(FAILURE);
    const [payment] = await paymentsOf(demand.payDemandId);
    expect(payment.status.code).toBe('Cancelled');
    const again = await pages.get<string>(pathOf(made.data.redirect));
    expect(again.data).toContain('The payment did not go through');
  });

  it.each([
    ['fail', 'Failed'],
    ['deny', 'Denied'],
    ['decline', 'Declined'],
  ])('the bank can %s it: %s, failure callback', async (decision, code) => {
    const { userId, demand } = await createPayDemand(sandbox);
    const made = await customRedirect(userId, demand.payDemandId);
    expect((await payOnPages(made.data.redirect, decision)).headers.location).toBe(FAILURE);
    expect((await paymentsOf(demand.payDemandId))[0].status.code).toBe(code);
  });

  it('cancelling at bank selection is Cancelled too', async () => {
    const { userId, demand } = await createPayDemand(sandbox);
    const made = await customRedirect(userId, demand.payDemandId);
    const back = await submitForm(pages, pathOf(made.data.redirect), { decision: 'cancel' });
    expect(back.headers.location).toBe(FAILURE);
    expect((await paymentsOf(demand.payDemandId))[0].status.code).toBe('Cancelled');
  });

  it('ContinueToBank with a bankId goes straight to the bank', async () => {
    const { userId, demand } = await createPayDemand(sandbox);
    const made = await customRedirect(userId, demand.payDemandId, {
      initialScreen: 'ContinueToBank',
      bankId: 'sandbox-bank',
    });
    const start = await pages.get(pathOf(made.data.redirect));
    expect(start.status).toBe(302);
    const bank = await pages.get<string>(String(start.headers.location));
    expect(bank.data).toContain('<h1>Sandbox Bank</h1>');
  });

  it('refuses a custom redirect query it cannot use, with field errors', async () => {
    const { userId, demand } = await createPayDemand(sandbox);
    const response = await customRedirect(userId, demand.payDemandId, {
      initialScreen: 'ContinueToBank',
      finalScreen: 'Nowhere',
      successCallbackUri: '/relative',
    });
    expect(response.status).toBe(400);
    expect(response.data).toMatchObject({
      errors: {
        finalScreen: [expect.any(String)],
        successCallbackUri: [expect.any(String)],
        bankId: ['bankId is required with ContinueToBank.'],
      },
    });
    expect((await customRedirect(sandbox.admin.createUser().id, demand.payDemandId)).status).toBe(404);
  });

  it('appends payment-id, pay-demand-id and status to the callback when configured', async () => {
    sandbox.admin.configure({ appendCallbackParams: true });
    const { userId, demand } = await createPayDemand(sandbox);
    const made = await customRedirect(userId, demand.payDemandId);
    const back = new URL(String((await payOnPages(made.data.redirect, 'approve')).headers.location));
    expect(back.searchParams.get('outcome')).toBe('success');
    expect(back.searchParams.get('pay-demand-id')).toBe(demand.payDemandId);
    expect(back.searchParams.get('status')).toBe('Authorised');
    expect(back.searchParams.get('payment-id')).toBe((await paymentsOf(demand.payDemandId))[0].id);
  });

  it('the hosted paymentUri: a failed try, then another payment on the same demand that completes', async () => {
    const { demand } = await createPayDemand(sandbox);
    const failed = await payOnPages(demand.paymentUri, 'fail');
    expect(failed.status).toBe(303);
    const failedPage = await pages.get<string>(String(failed.headers.location));
    expect(failedPage.data).toContain('id="retry"');
    const paid = await payOnPages(demand.paymentUri, 'approve');
    const statusPath = String(paid.headers.location);
    expect(statusPath).toMatch(/^\/payment-status\//);
    await eventually(async () => expect((await pages.get<string>(statusPath)).data).toContain('Payment complete'));
    const payments = await paymentsOf(demand.payDemandId);
    expect(payments.map((p) => p.status.code)).toEqual(['Failed', 'Completed']);
    expect((await pages.get<string>(pathOf(demand.paymentUri))).data).toContain('Payment complete');
  });

  it('waits for admin.advance when a timing is null, and advance moves a payment at once', async () => {
    sandbox.admin.configure({ statusTimings: { acceptedAfterMs: null } });
    const { demand } = await createPayDemand(sandbox);
    const payment = sandbox.admin.pay(demand.payDemandId);
    expect(payment.status.code).toBe('Authorised');
    expect(await status(payment.id)).toBe('Authorised');
    sandbox.admin.advance(payment.id, 'Accepted');
    expect(await status(payment.id)).toBe('Accepted');
    sandbox.admin.advance(payment.id, 'Completed');
    expect(await status(payment.id)).toBe('Completed');
  });

  it('answers the success code under another name when configured', async () => {
    sandbox.admin.configure({ completedStatusCode: 'Settled' });
    const { demand } = await createPayDemand(sandbox);
    const payment = sandbox.admin.pay(demand.payDemandId);
    await eventually(async () => expect(await status(payment.id)).toBe('Settled'));
  });

  it('ends a payment left at the bank as Failed after the bank timeout', async () => {
    sandbox.admin.configure({ statusTimings: { bankTimeoutMs: 50 } });
    const { userId, demand } = await createPayDemand(sandbox);
    await customRedirect(userId, demand.payDemandId);
    const [payment] = await paymentsOf(demand.payDemandId);
    await eventually(async () => expect(await status(payment.id)).toBe('Failed'));
  });

  it('denies at the bank a reference outside the rules when referenceRule is deny', async () => {
    sandbox.admin.configure({ referenceRule: 'deny' });
    const { demand } = await createPayDemand(sandbox, { reference: 'invoice/42 for march' });
    expect(sandbox.admin.pay(demand.payDemandId).status.code).toBe('Denied');
  });

  it('lists the mock banks', async () => {
    const banks = await crezco.get('/v1/banks/GB/DomesticInstantPayment');
    expect(banks.data).toEqual(
      expect.arrayContaining([{ id: 'yapily-mock', name: 'Yapily Mock', countryIso2Code: 'GB' }]),
    );
    expect((await crezco.get('/v1/banks/FR/DomesticInstantPayment')).data).toEqual([]);
  });
});

import type { AxiosInstance } from 'axios';
import { startQuickBooksSandbox, type QuickBooksSandbox } from '../index';
import { companyFixture } from '../testing/company-fixture';
import { accountingApi, connect } from '../testing/connect';

const REALM = '78';

function multicurrency() {
  const company = companyFixture({ realmId: REALM, customers: 3, invoices: 6 });
  company.preferences.CurrencyPrefs.MultiCurrencyEnabled = true;
  const euro = company.invoices[5];
  euro.CurrencyRef = { value: 'EUR', name: 'Euro' };
  return company;
}

describe('QuickBooks sandbox payments', () => {
  let sandbox: QuickBooksSandbox;
  let api: AxiosInstance;

  beforeAll(async () => {
    sandbox = await startQuickBooksSandbox({ companies: [multicurrency()] });
    api = accountingApi(sandbox, await connect(sandbox, REALM));
  });
  afterAll(() => sandbox.close());

  const payment = (invoiceId: string, amount: number, applied: number, extra: Record<string, unknown> = {}) => {
    const invoice = sandbox.user.read(REALM, 'Invoice', invoiceId);
    return {
      CustomerRef: { value: invoice.CustomerRef.value },
      CurrencyRef: invoice.CurrencyRef,
      TotalAmt: amount,
      DepositToAccountRef: { value: '4' },
      Line: applied > 0 ? [{ Amount: applied, LinkedTxn: [{ TxnId: invoiceId, TxnType: 'Invoice' }] }] : [],
      ...extra,
    };
  };

  it('applies a payment to the invoice, leaves the excess unapplied, and replays a requestid', async () => {
    const before = sandbox.user.read(REALM, 'Invoice', '1');
    const body = payment('1', 150, 120);
    const first = await api.post('/payment', body, { params: { requestid: 'settle-pay-1' } });
    expect(first.status).toBe(200);
    expect(first.data.Payment).toMatchObject({ TotalAmt: 150, UnappliedAmt: 30, DepositToAccountRef: { value: '4' } });
    const again = await api.post('/payment', body, { params: { requestid: 'settle-pay-1' } });
    expect(again.data.Payment.Id).toBe(first.data.Payment.Id);
    const after = sandbox.user.read(REALM, 'Invoice', '1');
    expect(after).toMatchObject({ Balance: 0, SyncToken: String(Number(before.SyncToken) + 1) });
    expect(after.LinkedTxn).toEqual([{ TxnId: first.data.Payment.Id, TxnType: 'Payment' }]);
  });

  it('refuses a deposit account that is not Other Current Asset or Bank, and no currency in a multicurrency company', async () => {
    const income = await api.post('/payment', payment('2', 10, 10, { DepositToAccountRef: { value: '1' } }));
    expect(income.status).toBe(400);
    expect(income.data.Fault.Error[0].code).toBe('6000');
    const { CurrencyRef: _omitted, ...noCurrency } = payment('2', 10, 10);
    const missing = await api.post('/payment', noCurrency);
    expect(missing.data.Fault.Error[0]).toMatchObject({ code: '2020', element: 'CurrencyRef' });
  });

  it('finds Undeposited Funds by its subtype, whatever its name', async () => {
    const account = sandbox.user.read(REALM, 'Account', '4');
    await api.post('/account', { Id: '4', SyncToken: account.SyncToken, sparse: true, Name: 'Money in transit' });
    const query = await api.get('/query', {
      params: { query: "select * from Account where AccountSubType = 'UndepositedFunds'" },
    });
    expect(query.data.QueryResponse.Account).toEqual([expect.objectContaining({ Id: '4', Name: 'Money in transit' })]);
  });

  it('keeps PaymentMethod names unique (6240) and at most 31 characters (2050)', async () => {
    const made = await api.post('/paymentmethod', { Name: 'Stripe', Type: 'CREDIT_CARD' });
    expect(made.data.PaymentMethod).toMatchObject({ Name: 'Stripe', Type: 'CREDIT_CARD', Active: true });
    const duplicate = await api.post('/paymentmethod', { Name: 'stripe' });
    expect(duplicate.data.Fault.Error[0]).toMatchObject({ code: '6240', Message: 'Duplicate Name Exists Error' });
    const long = await api.post('/paymentmethod', { Name: 'x'.repeat(32) });
    expect(long.data.Fault.Error[0]).toMatchObject({ code: '2050', element: 'Name' });
  });

  it('answers the exchange rate of a foreign currency in the home currency', async () => {
    sandbox.admin.setExchangeRate(REALM, 'EUR', 0.86);
    const rate = await api.get('/exchangerate', { params: { sourcecurrencycode: 'EUR', asofdate: '2026-12-01' } });
    expect(rate.data.ExchangeRate).toMatchObject({
      SourceCurrencyCode: 'EUR',
      TargetCurrencyCode: 'GBP',
      Rate: 0.86,
      AsOfDate: '2026-12-01',
    });
    const wrong = await api.post('/payment', { ...payment('6', 10, 10), CurrencyRef: { value: 'GBP' } });
    expect(wrong.data.Fault.Error[0].code).toBe('6000');
  });

  it('answers injected faults, then writes; a lost answer is made and replayed by its requestid', async () => {
    sandbox.admin.failNextWrites(REALM, 'Payment', 'closedPeriod');
    const closed = await api.post('/payment', payment('3', 5, 5));
    expect(closed.status).toBe(400);
    expect(closed.data.Fault.Error[0]).toMatchObject({ code: '5010', Message: 'Account Period Closed' });
    sandbox.admin.failNextWrites(REALM, 'Payment', 'system', 2);
    expect((await api.post('/payment', payment('3', 5, 5))).status).toBe(500);
    expect((await api.post('/payment', payment('3', 5, 5))).status).toBe(500);

    sandbox.admin.loseNextAnswers(REALM, 'Payment');
    await expect(api.post('/payment', payment('3', 5, 5), { params: { requestid: 'lost-1' } })).rejects.toThrow();
    const replay = await api.post('/payment', payment('3', 5, 5), { params: { requestid: 'lost-1' } });
    expect(replay.status).toBe(200);
    const open = sandbox.user.read(REALM, 'Invoice', '3');
    expect(open.LinkedTxn).toEqual([{ TxnId: replay.data.Payment.Id, TxnType: 'Payment' }]);
  });
});

import axios, { type AxiosInstance } from 'axios';
import { startQuickBooksSandbox, type QuickBooksSandbox } from '../index';
import { companyFixture } from '../testing/company-fixture';
import { accountingApi, connect } from '../testing/connect';

describe('QuickBooks sandbox entities', () => {
  let sandbox: QuickBooksSandbox;
  let api: AxiosInstance;

  beforeAll(async () => {
    sandbox = await startQuickBooksSandbox({
      companies: [companyFixture({ realmId: '77', customers: 3, invoices: 4 })],
    });
    api = accountingApi(sandbox, await connect(sandbox, '77'));
  });
  afterAll(() => sandbox.close());

  it('reads companyinfo, preferences and an entity by id, with intuit_tid and minorversion', async () => {
    const info = await api.get('/companyinfo/77');
    expect(info.data.CompanyInfo).toMatchObject({ CompanyName: 'Sandbox Plumbing Ltd', Country: 'GB' });
    expect(info.headers.intuit_tid).toMatch(/^1-[0-9a-f]+-[0-9a-f]{24}$/);
    const prefs = await api.get('/preferences');
    expect(prefs.data.Preferences.CurrencyPrefs).toEqual({
      HomeCurrency: { value: 'GBP' },
      MultiCurrencyEnabled: false,
    });
    const invoice = await api.get('/invoice/1');
    expect(invoice.data).toMatchObject({ Invoice: { Id: '1', TotalAmt: 120 }, time: expect.any(String) });
  });

  it('answers an unknown id with a 400 ValidationFault 610 Object Not Found', async () => {
    const response = await api.get('/invoice/99999');
    expect(response.status).toBe(400);
    expect(response.data).toEqual({
      Fault: {
        Error: [expect.objectContaining({ code: '610', Message: 'Object Not Found', element: '' })],
        type: 'ValidationFault',
      },
      time: expect.any(String),
    });
  });

  it('answers an unknown path with a Fault body and a 404', async () => {
    const response = await api.get('/spaceship/1');
    expect(response.status).toBe(404);
    expect(response.data.Fault.Error[0].code).toBe('404');
  });

  it('creates a customer and updates it sparsely, bumping SyncToken and LastUpdatedTime', async () => {
    const created = (
      await api.post('/customer', { DisplayName: 'New Person', Mobile: { FreeFormNumber: '07911 654321' } })
    ).data.Customer;
    expect(created).toMatchObject({ SyncToken: '0', Active: true, Balance: 0 });
    await new Promise((resolve) => setTimeout(resolve, 1000 - (Date.now() % 1000) + 5));
    const updated = (await api.post('/customer', { Id: created.Id, SyncToken: '0', sparse: true, GivenName: 'Newly' }))
      .data.Customer;
    expect(updated).toMatchObject({
      SyncToken: '1',
      GivenName: 'Newly',
      DisplayName: 'New Person',
      Mobile: { FreeFormNumber: '07911 654321' },
    });
    expect(Date.parse(updated.MetaData.LastUpdatedTime)).toBeGreaterThan(Date.parse(created.MetaData.LastUpdatedTime));
    expect(updated.MetaData.CreateTime).toBe(created.MetaData.CreateTime);

    const full = (await api.post('/customer', { Id: created.Id, SyncToken: '1', DisplayName: 'Renamed' })).data
      .Customer;
    expect(full.SyncToken).toBe('2');
    expect(full.Mobile).toBeUndefined();
  });

  it('refuses a stale SyncToken with 400 ValidationFault 5010', async () => {
    const response = await api.post('/invoice', { Id: '2', SyncToken: '7', sparse: true, PrivateNote: 'x' });
    expect(response.status).toBe(400);
    expect(response.data.Fault.type).toBe('ValidationFault');
    expect(response.data.Fault.Error[0]).toMatchObject({ code: '5010', Message: 'Stale Object Error' });
  });

  it('replays a requestid: same answer, nothing created twice', async () => {
    const before = (await api.get('/query', { params: { query: 'select count(*) from Customer' } })).data.QueryResponse
      .totalCount;
    const first = await api.post('/customer', { DisplayName: 'Once Only' }, { params: { requestid: 'settle-c-1' } });
    const second = await api.post('/customer', { DisplayName: 'Once Only' }, { params: { requestid: 'settle-c-1' } });
    expect(second.status).toBe(200);
    expect(second.data).toEqual(first.data);
    const after = (await api.get('/query', { params: { query: 'select count(*) from Customer' } })).data.QueryResponse
      .totalCount;
    expect(after).toBe(before + 1);
  });

  it('updates only the PrivateNote sparsely: SyncToken bumped, EmailStatus and the rest kept', async () => {
    const current = (await api.get('/invoice/2')).data.Invoice;
    const updated = (
      await api.post('/invoice', { Id: '2', SyncToken: current.SyncToken, sparse: true, PrivateNote: 'Ring twice' })
    ).data.Invoice;
    expect(updated).toEqual({
      ...current,
      PrivateNote: 'Ring twice',
      SyncToken: String(Number(current.SyncToken) + 1),
      MetaData: { ...current.MetaData, LastUpdatedTime: expect.any(String) },
    });
    expect(updated.EmailStatus).toBe(current.EmailStatus);
    expect(sandbox.admin.emailsSent('77')).toEqual([]);
  });

  it('refuses a PrivateNote over 4000 characters with ValidationFault 2050, and ignores a DeliveryInfo sent', async () => {
    const current = (await api.get('/invoice/2')).data.Invoice;
    const tooLong = await api.post('/invoice', {
      Id: '2',
      SyncToken: current.SyncToken,
      sparse: true,
      PrivateNote: 'x'.repeat(4001),
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.data.Fault.Error[0]).toMatchObject({ code: '2050', element: 'PrivateNote' });
    const limit = await api.post('/invoice', {
      Id: '2',
      SyncToken: current.SyncToken,
      sparse: true,
      PrivateNote: 'x'.repeat(4000),
      DeliveryInfo: { DeliveryType: 'Email', DeliveryTime: '2026-12-01T10:00:00Z' },
    });
    expect(limit.status).toBe(200);
    expect(limit.data.Invoice.DeliveryInfo).toBeUndefined();
  });

  it('records the email /send would have sent, marks the invoice EmailSent and fills DeliveryInfo', async () => {
    const current = (await api.get('/invoice/1')).data.Invoice;
    const sent = (await api.post('/invoice/1/send', undefined, { params: { sendTo: 'ap@example.com' } })).data.Invoice;
    expect(sent).toMatchObject({
      EmailStatus: 'EmailSent',
      BillEmail: { Address: 'ap@example.com' },
      DeliveryInfo: { DeliveryType: 'Email', DeliveryTime: expect.any(String) },
      SyncToken: String(Number(current.SyncToken) + 1),
    });
    expect(sandbox.admin.emailsSent('77')).toEqual([{ invoiceId: '1', to: 'ap@example.com', at: expect.any(String) }]);
  });

  it('voids an invoice: amounts and quantities zero, Voided in PrivateNote', async () => {
    const current = (await api.get('/invoice/3')).data.Invoice;
    const voided = (
      await api.post('/invoice', { Id: '3', SyncToken: current.SyncToken }, { params: { operation: 'void' } })
    ).data.Invoice;
    expect(voided).toMatchObject({
      TotalAmt: 0,
      Balance: 0,
      PrivateNote: 'Voided',
      SyncToken: String(Number(current.SyncToken) + 1),
    });
    expect(voided.Line[0]).toMatchObject({ Amount: 0, SalesItemLineDetail: { Qty: 0 } });
    expect((await api.get('/invoice/3')).data.Invoice.TotalAmt).toBe(0);
  });

  it('deletes an invoice; later reads give 610', async () => {
    const deleted = await api.post('/invoice?operation=delete', { Id: '4', SyncToken: '0' });
    expect(deleted.data.Invoice).toEqual({ status: 'Deleted', domain: 'QBO', Id: '4' });
    const read = await api.get('/invoice/4');
    expect(read.status).toBe(400);
    expect(read.data.Fault.Error[0].code).toBe('610');
  });

  it('applies a payment to an invoice, deposits to Undeposited Funds, and refuses paying more than the balance', async () => {
    const invoice = (await api.get('/invoice/1')).data.Invoice;
    const payment = (
      await api.post(
        '/payment',
        {
          CustomerRef: { value: invoice.CustomerRef.value },
          TotalAmt: 20.5,
          Line: [{ Amount: 20.5, LinkedTxn: [{ TxnId: '1', TxnType: 'Invoice' }] }],
        },
        { params: { requestid: 'settle-pay-1' } },
      )
    ).data.Payment;
    expect(payment).toMatchObject({
      TotalAmt: 20.5,
      UnappliedAmt: 0,
      DepositToAccountRef: { value: '4', name: 'Undeposited Funds' },
    });

    const after = (await api.get('/invoice/1')).data.Invoice;
    expect(after.Balance).toBe(99.5);
    expect(after.SyncToken).toBe(String(Number(invoice.SyncToken) + 1));
    expect(after.LinkedTxn).toEqual([{ TxnId: payment.Id, TxnType: 'Payment' }]);

    const replay = await api.post(
      '/payment',
      { CustomerRef: { value: '1' }, TotalAmt: 20.5 },
      { params: { requestid: 'settle-pay-1' } },
    );
    expect(replay.data.Payment.Id).toBe(payment.Id);
    expect((await api.get('/invoice/1')).data.Invoice.Balance).toBe(99.5);

    const tooMuch = await api.post('/payment', {
      CustomerRef: { value: invoice.CustomerRef.value },
      TotalAmt: 100,
      Line: [{ Amount: 100, LinkedTxn: [{ TxnId: '1', TxnType: 'Invoice' }] }],
    });
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.data.Fault.Error[0].code).toBe('6000');
    expect((await api.get('/invoice/1')).data.Invoice.Balance).toBe(99.5);
  });

  it('answers a missing bearer token with 401 and a malformed body with a ValidationFault', async () => {
    const anonymous = await axios.get(`${sandbox.apiBaseUrl}/v3/company/77/preferences`, {
      validateStatus: () => true,
    });
    expect(anonymous.status).toBe(401);
    expect(anonymous.data.Fault.type).toBe('AuthenticationFault');
    const malformed = await api.post('/customer', '{"DisplayName":', {
      headers: { 'content-type': 'application/json' },
    });
    expect(malformed.status).toBe(400);
    expect(malformed.data.Fault.type).toBe('ValidationFault');
  });
});

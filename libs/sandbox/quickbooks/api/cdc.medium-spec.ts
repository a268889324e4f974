import type { AxiosInstance } from 'axios';
import { startQuickBooksSandbox, type QuickBooksSandbox } from '../index';
import { companyFixture } from '../testing/company-fixture';
import { accountingApi, connect } from '../testing/connect';

describe('QuickBooks sandbox change data capture', () => {
  let sandbox: QuickBooksSandbox;
  let api: AxiosInstance;

  beforeAll(async () => {
    sandbox = await startQuickBooksSandbox({
      companies: [companyFixture({ realmId: '88', customers: 1200, invoices: 5 })],
    });
    api = accountingApi(sandbox, await connect(sandbox, '88'));
  });
  afterAll(() => sandbox.close());

  it('lists changes since a time, deleted objects last with status Deleted, in the CDCResponse envelope', async () => {
    const since = new Date().toISOString();
    sandbox.user.updateInvoice('88', '1', { PrivateNote: 'changed by the owner' });
    sandbox.user.deleteInvoice('88', '2');
    sandbox.user.createCustomer('88', { DisplayName: 'Fresh Customer' });

    const { data } = await api.get('/cdc', { params: { entities: 'Invoice,Customer,Payment', changedSince: since } });
    expect(data.time).toEqual(expect.any(String));
    const [invoices, customers, payments] = data.CDCResponse[0].QueryResponse;
    expect(invoices.Invoice.map((i: { Id: string; status?: string }) => [i.Id, i.status])).toEqual([
      ['1', undefined],
      ['2', 'Deleted'],
    ]);
    expect(invoices.Invoice[1]).toEqual({
      domain: 'QBO',
      status: 'Deleted',
      Id: '2',
      MetaData: expect.objectContaining({ LastUpdatedTime: expect.any(String) }),
    });
    expect(invoices).toMatchObject({ startPosition: 1, maxResults: 2, totalCount: 2 });
    expect(customers.Customer.map((c: { DisplayName: string }) => c.DisplayName)).toEqual(['Fresh Customer']);
    expect(payments).toEqual({});
  });

  it('returns at most 1000 objects per entity', async () => {
    const since = new Date(Date.now() - 3 * 24 * 3600 * 1000).toISOString();
    const { data } = await api.get('/cdc', { params: { entities: 'Customer', changedSince: since } });
    expect(data.CDCResponse[0].QueryResponse[0].Customer).toHaveLength(1000);
  });

  it('refuses a changedSince older than 30 days', async () => {
    const response = await api.get('/cdc', {
      params: { entities: 'Invoice', changedSince: new Date(Date.now() - 31 * 24 * 3600 * 1000).toISOString() },
    });
    expect(response.status).toBe(400);
    expect(response.data.Fault.Error[0].Detail).toMatch(/older than fixed days is not supported/);
  });

  it('refuses entities CDC does not support', async () => {
    const response = await api.get('/cdc', { params: { entities: 'TaxRate', changedSince: new Date().toISOString() } });
    expect(response.status).toBe(400);
  });
});

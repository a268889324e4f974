import type { AxiosInstance } from 'axios';
import { startQuickBooksSandbox, type QuickBooksSandbox } from '../index';
import { companyFixture } from '../testing/company-fixture';
import { accountingApi, connect } from '../testing/connect';

describe('QuickBooks sandbox with 100,000 invoices', () => {
  let sandbox: QuickBooksSandbox;
  let api: AxiosInstance;

  beforeAll(async () => {
    sandbox = await startQuickBooksSandbox({ limits: { perMinute: 10_000 } });
    const company = companyFixture({ realmId: '100', customers: 500, invoices: 1 });
    const [template] = company.invoices;
    const refs = company.customers.map((c) => ({ value: c.Id, name: c.DisplayName }));
    // Rows share their nested objects so that building the seed costs little; the store never mutates them.
    company.invoices = Array.from({ length: 100_000 }, (_, i) => ({
      ...template,
      Id: String(i + 1),
      CustomerRef: refs[i % refs.length],
    }));
    sandbox.admin.addCompany(company);
    api = accountingApi(sandbox, await connect(sandbox, '100'));
  });
  afterAll(() => sandbox.close());

  it('serves the last page and a filtered count of a large company', async () => {
    const last = (
      await api.get('/query', { params: { query: 'select * from Invoice startposition 99001 maxresults 1000' } })
    ).data;
    expect(last.QueryResponse.Invoice).toHaveLength(1000);
    expect(last.QueryResponse.Invoice[0].Id).toBe('99001');
    expect(last.QueryResponse.Invoice[999].Id).toBe('100000');
    const filtered = (
      await api.get('/query', { params: { query: `select count(*) from Invoice where CustomerRef = '7'` } })
    ).data;
    expect(filtered.QueryResponse.totalCount).toBe(200);
  });
});

import type { AxiosInstance } from 'axios';
import { startQuickBooksSandbox, type QuickBooksSandbox } from '../index';
import { companyFixture } from '../testing/company-fixture';
import { accountingApi, connect } from '../testing/connect';

describe('QuickBooks sandbox query', () => {
  let sandbox: QuickBooksSandbox;
  let api: AxiosInstance;
  const query = async (q: string) => await api.get('/query', { params: { query: q } });

  beforeAll(async () => {
    sandbox = await startQuickBooksSandbox({
      companies: [companyFixture({ realmId: '5', customers: 2500, invoices: 30, inactiveEvery: 10 })],
    });
    api = accountingApi(sandbox, await connect(sandbox, '5'));
  });
  afterAll(() => sandbox.close());

  it('pages through 2,500 customers (active and inactive) in Id order with STARTPOSITION and MAXRESULTS', async () => {
    const ids: string[] = [];
    for (let start = 1; ; start += 1000) {
      const { data } = await query(
        `select * from Customer where Active in (true, false) orderby Id startposition ${start} maxresults 1000`,
      );
      const page = data.QueryResponse.Customer ?? [];
      if (page.length === 0) {
        expect(data.QueryResponse).toEqual({});
        break;
      }
      expect(data.QueryResponse).toMatchObject({ startPosition: start, maxResults: page.length });
      ids.push(...page.map((c: { Id: string }) => c.Id));
    }
    expect(ids).toHaveLength(2500);
    expect(ids.slice(0, 12)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
    expect(new Set(ids).size).toBe(2500);
  });

  it('returns only active customers unless the query asks about Active', async () => {
    expect((await query('select count(*) from Customer')).data.QueryResponse).toEqual({ totalCount: 2250 });
    expect((await query('select count(*) from Customer where Active = false')).data.QueryResponse.totalCount).toBe(250);
    expect(
      (await query('SELECT COUNT(*) FROM Customer WHERE Active IN (true,false)')).data.QueryResponse.totalCount,
    ).toBe(2500);
  });

  it('defaults to 100 rows and answers an empty envelope past the end', async () => {
    expect((await query('select * from Customer')).data.QueryResponse.Customer).toHaveLength(100);
    const past = await query('select * from Invoice startposition 31');
    expect(past.data).toEqual({ QueryResponse: {}, time: expect.any(String) });
  });

  it('supports =, <, >, <=, >=, IN and LIKE on top-level and dotted fields', async () => {
    const ids = async (q: string) =>
      ((await query(q)).data.QueryResponse.Invoice ?? []).map((i: { Id: string }) => i.Id);
    expect(await ids(`select * from Invoice where DocNumber = '1003'`)).toEqual(['3']);
    expect(await ids('select * from Invoice where TotalAmt < 122.4')).toEqual(['1', '2']);
    expect(await ids('select * from Invoice where TotalAmt > 152.4')).toEqual(['29', '30']);
    expect(await ids('select * from Invoice where Id <= 2')).toEqual(['1', '2']);
    expect(await ids(`select * from Invoice where Id >= '29'`)).toEqual(['29', '30']);
    expect(await ids(`select * from Invoice where Id in ('4', '17', '999')`)).toEqual(['4', '17']);
    expect(await ids(`select * from Invoice where CustomerRef = '7'`)).toEqual(['7']);
    expect(await ids(`select * from Invoice where TxnDate >= '2026-01-27' and TxnDate <= '2026-01-28'`)).toEqual([
      '27',
      '28',
    ]);
    const customers = (await query(`select * from Customer where DisplayName like '%0024%'`)).data.QueryResponse
      .Customer;
    expect(customers.map((c: { Id: string }) => c.Id)).toEqual([
      '24',
      '241',
      '242',
      '243',
      '244',
      '245',
      '246',
      '247',
      '248',
      '249',
    ]);
    const updated = await query(
      `select * from Invoice where MetaData.LastUpdatedTime >= '2020-01-01T00:00:00Z' maxresults 5`,
    );
    expect(updated.data.QueryResponse.Invoice).toHaveLength(5);
    expect(
      (await query(`select count(*) from Invoice where MetaData.LastUpdatedTime > '2099-01-01T00:00:00-08:00'`)).data
        .QueryResponse.totalCount,
    ).toBe(0);
  });

  it('orders by other fields and by Id descending', async () => {
    const desc = (await query('select * from Invoice orderby Id desc maxresults 3')).data.QueryResponse.Invoice;
    expect(desc.map((i: { Id: string }) => i.Id)).toEqual(['30', '29', '28']);
    const byAmount = (await query('select * from Invoice order by TotalAmt DESC startposition 2 maxresults 2')).data
      .QueryResponse.Invoice;
    expect(byAmount.map((i: { Id: string }) => i.Id)).toEqual(['29', '28']);
  });

  it('projects named fields and reads the other entities', async () => {
    const { data } = await query('select Id, DisplayName from Customer maxresults 1');
    expect(Object.keys(data.QueryResponse.Customer[0]).sort()).toEqual([
      'DisplayName',
      'Id',
      'SyncToken',
      'domain',
      'sparse',
    ]);
    const accounts = (await query(`select * from Account where AccountSubType = 'UndepositedFunds'`)).data.QueryResponse
      .Account;
    expect(accounts[0].Name).toBe('Undeposited Funds');
    expect((await query('select count(*) from Account')).data.QueryResponse.totalCount).toBe(2);
    for (const entity of ['Item', 'PaymentMethod', 'TaxCode', 'TaxRate', 'Payment']) {
      expect((await query(`select count(*) from ${entity}`)).status).toBe(200);
    }
  });

  it('answers a parse error with a 400 ValidationFault 4000 QueryParserError', async () => {
    const response = await query('select * form Invoice');
    expect(response.status).toBe(400);
    expect(response.headers.intuit_tid).toBeDefined();
    expect(response.data.Fault.type).toBe('ValidationFault');
    expect(response.data.Fault.Error[0]).toMatchObject({ code: '4000', Message: 'Error parsing query' });
    expect(response.data.Fault.Error[0].Detail).toMatch(/^QueryParserError: Encountered " form " at line 1, column 10/);
  });

  it('refuses more than 1000 MAXRESULTS and unknown entities', async () => {
    const tooMany = await query('select * from Customer maxresults 1001');
    expect(tooMany.status).toBe(400);
    expect(tooMany.data.Fault.Error[0].code).toBe('4001');
    expect((await query('select * from Spaceship')).status).toBe(400);
  });
});

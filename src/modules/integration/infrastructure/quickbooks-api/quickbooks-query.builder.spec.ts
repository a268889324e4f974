import { buildCountQuery, buildSelectQuery, quoteQuickBooksString } from './quickbooks-query.builder';

describe('QuickBooks query builder', () => {
  it('builds select with where, orderby, startposition and maxresults', () => {
    expect(
      buildSelectQuery(
        'Invoice',
        [
          { field: 'TxnDate', op: '>=', value: '2025-01-01' },
          { field: 'TxnDate', op: '<=', value: '2025-12-31' },
          { field: 'Balance', op: '>', value: 0 },
        ],
        { orderBy: 'Id', startPosition: 1001, maxResults: 1000 },
      ),
    ).toBe(
      "select * from Invoice where TxnDate >= '2025-01-01' and TxnDate <= '2025-12-31' and Balance > 0 orderby Id startposition 1001 maxresults 1000",
    );
    expect(
      buildSelectQuery('Customer', [{ field: 'Active', op: 'in', values: [true, false] }], {
        orderBy: [{ field: 'MetaData.LastUpdatedTime', descending: true }, { field: 'Id' }],
      }),
    ).toBe('select * from Customer where Active in (true, false) orderby MetaData.LastUpdatedTime desc, Id');
    expect(buildSelectQuery('Customer')).toBe('select * from Customer');
    expect(buildCountQuery('Customer', [{ field: 'DisplayName', op: 'like', pattern: "O'B%" }])).toBe(
      "select count(*) from Customer where DisplayName like 'O\\'B%'",
    );
  });

  it("escapes ' and \\ in values so that no value can end its string", () => {
    expect(quoteQuickBooksString("O'Brien")).toBe("'O\\'Brien'");
    expect(quoteQuickBooksString('ends with \\')).toBe("'ends with \\\\'");
    expect(buildSelectQuery('Customer', [{ field: 'DisplayName', op: '=', value: "x' or Id > '0" }])).toBe(
      "select * from Customer where DisplayName = 'x\\' or Id > \\'0'",
    );
  });

  it('refuses names and numbers that are not QuickBooks ones', () => {
    expect(() => buildSelectQuery('Invoice; drop')).toThrow(RangeError);
    expect(() => buildSelectQuery('Invoice', [{ field: "Id'", op: '=', value: 1 }])).toThrow(RangeError);
    expect(() => buildSelectQuery('Invoice', [{ field: 'Id', op: 'in', values: [] }])).toThrow(RangeError);
    expect(() => buildSelectQuery('Invoice', [{ field: 'Balance', op: '>', value: Number.NaN }])).toThrow(RangeError);
    expect(() => buildSelectQuery('Invoice', undefined, { startPosition: 0 })).toThrow(RangeError);
    expect(() => buildSelectQuery('Invoice', undefined, { maxResults: 1001 })).toThrow(RangeError);
  });
});

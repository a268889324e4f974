import type { QboInvoice, QboLine } from '../../../../../libs/quickbooks/qbo-types';
import { toQuickBooksInvoiceRecord } from './quickbooks-invoice.mapper';
import { QuickBooksMappingError } from './quickbooks-mapping.error';
import { toTaxContext } from './quickbooks-tax-context';

const meta = { CreateTime: '2015-07-24T10:33:39-07:00', LastUpdatedTime: '2015-07-24T10:33:39-07:00' };
const context = toTaxContext(
  [
    {
      Id: '2',
      SyncToken: '0',
      MetaData: meta,
      Name: '20.0% S',
      Active: true,
      Taxable: true,
      TaxGroup: false,
      SalesTaxRateList: { TaxRateDetail: [{ TaxRateRef: { value: '3' } }] },
    },
    {
      Id: '5',
      SyncToken: '0',
      MetaData: meta,
      Name: 'GST',
      Active: true,
      Taxable: true,
      TaxGroup: false,
      SalesTaxRateList: { TaxRateDetail: [{ TaxRateRef: { value: '6' } }] },
    },
  ],
  [
    { Id: '3', SyncToken: '0', MetaData: meta, Name: '20.0% S', RateValue: 20, Active: true },
    { Id: '6', SyncToken: '0', MetaData: meta, Name: 'GST (sales)', RateValue: 10, Active: true },
  ],
  'GBP',
);

const item = (Amount: number, detail: NonNullable<QboLine['SalesItemLineDetail']> = {}): QboLine => ({
  Amount,
  DetailType: 'SalesItemLineDetail',
  SalesItemLineDetail: { ItemRef: { value: '4', name: 'Labour' }, TaxCodeRef: { value: '2' }, ...detail },
});

const invoice = (overrides: Partial<QboInvoice> = {}): QboInvoice => ({
  Id: '130',
  SyncToken: '2',
  MetaData: meta,
  TxnDate: '2025-03-05',
  CustomerRef: { value: '58', name: ' Florence Robinson ' },
  CurrencyRef: { value: 'GBP' },
  GlobalTaxCalculation: 'TaxExcluded',
  Line: [item(100)],
  TxnTaxDetail: {
    TotalTax: 20,
    TaxLine: [
      {
        Amount: 20,
        DetailType: 'TaxLineDetail',
        TaxLineDetail: { TaxRateRef: { value: '3' }, PercentBased: true, TaxPercent: 20, NetAmountTaxable: 100 },
      },
    ],
  },
  TotalAmt: 120,
  Balance: 120,
  ...overrides,
});

describe('toQuickBooksInvoiceRecord', () => {
  it('maps a tax-exclusive invoice with its header fields', () => {
    const { record, warnings } = toQuickBooksInvoiceRecord(
      invoice({
        DocNumber: ' 1567 ',
        DueDate: '2025-04-04',
        BillEmail: { Address: ' florence@example.com ' },
        BillAddr: { Line1: '238 Queen Street', City: 'Cardiff', PostalCode: 'CF10 5FN', Country: 'UK' },
        CustomerMemo: { value: ' Thank you ' },
        EmailStatus: 'EmailSent',
        ExchangeRate: 1,
      }),
      context,
    );
    expect(warnings).toEqual([]);
    expect(record).toMatchObject({
      quickBooksId: '130',
      syncToken: '2',
      lastUpdatedAt: '2015-07-24T17:33:39.000Z',
      docNumber: '1567',
      txnDate: '2025-03-05',
      dueDate: '2025-04-04',
      customerQuickBooksId: '58',
      customerName: 'Florence Robinson',
      billEmail: 'florence@example.com',
      billingAddress: {
        lines: ['238 Queen Street'],
        city: 'Cardiff',
        region: null,
        postalCode: 'CF10 5FN',
        country: 'UK',
      },
      currency: 'GBP',
      exchangeRate: '1',
      taxTreatment: 'exclusive',
      applyTaxAfterDiscount: true,
      totalTaxMinor: 2000n,
      totalAmountMinor: 12000n,
      balanceMinor: 12000n,
      homeTotalAmountMinor: null,
      voided: false,
      customerMemo: 'Thank you',
      privateNote: null,
      emailStatus: 'EmailSent',
      taxLines: [
        { taxRateId: '3', taxRateName: null, ratePercent: '20', amountMinor: 2000n, netAmountTaxableMinor: 10000n },
      ],
    });
    expect(record.lines[0]).toEqual({
      kind: 'item',
      lineNumber: null,
      itemCode: 'Labour',
      itemId: '4',
      description: null,
      quantity: null,
      unitPrice: null,
      amountMinor: 10000n,
      grossAmountMinor: null,
      taxCode: '20.0% S',
      taxCodeId: '2',
      taxRatePercent: '20',
      discountPercent: null,
      serviceDate: null,
      children: [],
    });
  });

  it('keeps a 7-decimal UnitPrice exactly and takes Amount as it is', () => {
    const { record } = toQuickBooksInvoiceRecord(
      invoice({ Line: [item(277.69, { Qty: 3, UnitPrice: 92.5633333, ServiceDate: '2023-08-10' })] }),
      context,
    );
    expect(record.lines[0]).toMatchObject({
      quantity: '3',
      unitPrice: '92.5633333',
      amountMinor: 27769n,
      serviceDate: '2023-08-10',
    });
  });

  it('maps TaxInclusive lines with their net Amount and gross TaxInclusiveAmt', () => {
    const { record } = toQuickBooksInvoiceRecord(
      invoice({
        CurrencyRef: { value: 'AUD' },
        GlobalTaxCalculation: 'TaxInclusive',
        Line: [item(277.69, { TaxCodeRef: { value: '5' }, TaxInclusiveAmt: 305.46, Qty: 3, UnitPrice: 92.5633333 })],
        TxnTaxDetail: {
          TotalTax: 27.77,
          TaxLine: [
            {
              Amount: 27.77,
              DetailType: 'TaxLineDetail',
              TaxLineDetail: { TaxRateRef: { value: '6' }, PercentBased: true },
            },
          ],
        },
        TotalAmt: 305.46,
        Balance: 0,
      }),
      context,
    );
    expect(record.taxTreatment).toBe('inclusive');
    expect(record.lines[0]).toMatchObject({
      amountMinor: 27769n,
      grossAmountMinor: 30546n,
      taxCode: 'GST',
      taxRatePercent: '10',
    });
    expect(record.taxLines[0]).toMatchObject({ ratePercent: '10', amountMinor: 2777n, netAmountTaxableMinor: null });
  });

  it('reads JPY with no decimals and BHD with three', () => {
    const jpy = toQuickBooksInvoiceRecord(
      invoice({
        CurrencyRef: { value: 'JPY' },
        ExchangeRate: 0.0053,
        HomeTotalAmt: 64.27,
        GlobalTaxCalculation: 'NotApplicable',
        Line: [item(12126)],
        TxnTaxDetail: { TotalTax: 0 },
        TotalAmt: 12126,
        Balance: 12126,
      }),
      context,
    );
    expect(jpy.warnings).toEqual([]);
    expect(jpy.record).toMatchObject({
      currency: 'JPY',
      exchangeRate: '0.0053',
      totalAmountMinor: 12126n,
      homeTotalAmountMinor: 6427n,
      taxTreatment: 'none',
    });
    const bhd = toQuickBooksInvoiceRecord(
      invoice({
        CurrencyRef: { value: 'BHD' },
        Line: [item(12.345)],
        TxnTaxDetail: { TotalTax: 2.469 },
        TotalAmt: 14.814,
        Balance: 0.001,
      }),
      context,
    );
    expect(bhd.warnings).toEqual([]);
    expect(bhd.record).toMatchObject({
      lines: [expect.objectContaining({ amountMinor: 12345n })],
      totalTaxMinor: 2469n,
      totalAmountMinor: 14814n,
      balanceMinor: 1n,
    });
  });

  it('rounds amounts with too many decimals half-up and reports each one', () => {
    const { record, warnings } = toQuickBooksInvoiceRecord(
      invoice({
        CurrencyRef: { value: 'jpy' },
        Line: [item(1234.5)],
        TxnTaxDetail: { TotalTax: 0 },
        TotalAmt: 1234.5,
        Balance: 0.4,
      }),
      context,
    );
    expect(record).toMatchObject({ currency: 'JPY', totalAmountMinor: 1235n, balanceMinor: 0n });
    expect(warnings).toEqual([
      { kind: 'amount-rounded', field: 'TotalAmt', original: '1234.5', currency: 'JPY', roundedMinor: 1235n },
      { kind: 'amount-rounded', field: 'Line[0].Amount', original: '1234.5', currency: 'JPY', roundedMinor: 1235n },
      { kind: 'amount-rounded', field: 'Balance', original: '0.4', currency: 'JPY', roundedMinor: 0n },
    ]);
    const bhd = toQuickBooksInvoiceRecord(
      invoice({ CurrencyRef: { value: 'BHD' }, TotalAmt: 1.2345, Balance: -1.2345 }),
      context,
    );
    expect(bhd.record).toMatchObject({ totalAmountMinor: 1235n, balanceMinor: -1235n });
    expect(bhd.warnings.map((warning) => warning.field)).toEqual(['TotalAmt', 'Balance']);
  });

  it('detects a voided invoice: "Voided" private note and a zero total', () => {
    const voided = invoice({
      PrivateNote: 'Voided - customer cancelled',
      Line: [item(0, { Qty: 0 })],
      TxnTaxDetail: { TotalTax: 0 },
      TotalAmt: 0,
      Balance: 0,
    });
    expect(toQuickBooksInvoiceRecord(voided, context).record).toMatchObject({
      voided: true,
      privateNote: 'Voided - customer cancelled',
    });
    expect(toQuickBooksInvoiceRecord(invoice({ PrivateNote: 'Voided in error? no' }), context).record.voided).toBe(
      false,
    );
    expect(toQuickBooksInvoiceRecord(invoice({ TotalAmt: 0, Balance: 0 }), context).record.voided).toBe(false);
  });

  it('maps discount, subtotal, group and description lines, and skips an unknown line type with a warning', () => {
    const { record, warnings } = toQuickBooksInvoiceRecord(
      invoice({
        Line: [
          {
            Id: '1',
            LineNum: 1,
            Amount: 636.72,
            DetailType: 'GroupLineDetail',
            GroupLineDetail: {
              GroupItemRef: { value: '16', name: 'Kitchen refit bundle' },
              Quantity: 1,
              Line: [item(269.97, { Qty: 3, UnitPrice: 89.99 }), item(366.75)],
            },
          },
          { Amount: 636.72, DetailType: 'SubTotalLineDetail', SubTotalLineDetail: {} },
          {
            Amount: 31.84,
            DetailType: 'DiscountLineDetail',
            DiscountLineDetail: { PercentBased: true, DiscountPercent: 5 },
          },
          { Amount: 10, DetailType: 'DiscountLineDetail', DiscountLineDetail: { PercentBased: false } },
          { Description: ' Delivered Tuesday ', DetailType: 'DescriptionOnly', DescriptionLineDetail: {} },
          { Amount: 5, DetailType: 'TimeActivityLineDetail' as QboLine['DetailType'] },
        ],
      }),
      context,
    );
    expect(record.lines.map((line) => line.kind)).toEqual(['group', 'subtotal', 'discount', 'discount', 'description']);
    expect(record.lines[0]).toMatchObject({
      itemCode: 'Kitchen refit bundle',
      itemId: '16',
      quantity: '1',
      lineNumber: 1,
      amountMinor: 63672n,
    });
    expect(record.lines[0].children.map((line) => [line.kind, line.amountMinor, line.unitPrice])).toEqual([
      ['item', 26997n, '89.99'],
      ['item', 36675n, null],
    ]);
    expect(record.lines[2]).toMatchObject({ discountPercent: '5', amountMinor: 3184n });
    expect(record.lines[3]).toMatchObject({ discountPercent: null, amountMinor: 1000n });
    expect(record.lines[4]).toMatchObject({ description: 'Delivered Tuesday', amountMinor: 0n });
    expect(warnings).toEqual([{ kind: 'line-skipped', field: 'Line[5]', detailType: 'TimeActivityLineDetail' }]);
  });

  it('reads a US invoice (no GlobalTaxCalculation, TAX/NON lines) as exclusive when it carries tax', () => {
    const usContext = toTaxContext(
      [
        {
          Id: '2',
          SyncToken: '0',
          MetaData: meta,
          Name: 'California',
          Active: true,
          Taxable: true,
          TaxGroup: true,
          SalesTaxRateList: { TaxRateDetail: [{ TaxRateRef: { value: '3' } }] },
        },
      ],
      [{ Id: '3', SyncToken: '0', MetaData: meta, Name: 'Tucson City', RateValue: 8, Active: true }],
      'USD',
    );
    const us = invoice({
      CurrencyRef: undefined as unknown as QboInvoice['CurrencyRef'],
      GlobalTaxCalculation: undefined,
      ApplyTaxAfterDiscount: undefined,
      Line: [item(150, { TaxCodeRef: { value: 'TAX' } }), item(275, { TaxCodeRef: { value: 'NON' } })],
      TxnTaxDetail: {
        TxnTaxCodeRef: { value: '2' },
        TotalTax: 12,
        TaxLine: [
          {
            Amount: 12,
            DetailType: 'TaxLineDetail',
            TaxLineDetail: { TaxRateRef: { value: '3' }, PercentBased: true, TaxPercent: 8, NetAmountTaxable: 150 },
          },
        ],
      },
      TotalAmt: 437,
      Balance: 437,
    });
    const { record } = toQuickBooksInvoiceRecord(us, usContext);
    expect(record).toMatchObject({ currency: 'USD', taxTreatment: 'exclusive', applyTaxAfterDiscount: false });
    expect(record.lines.map((line) => [line.taxCodeId, line.taxCode, line.taxRatePercent])).toEqual([
      ['TAX', 'TAX', '8'],
      ['NON', 'NON', null],
    ]);
    const untaxed = toQuickBooksInvoiceRecord(
      { ...us, TxnTaxDetail: { TotalTax: 0 }, TotalAmt: 425, Balance: 425 },
      usContext,
    );
    expect(untaxed.record.taxTreatment).toBe('none');
    const noDetail = toQuickBooksInvoiceRecord(
      { ...us, TxnTaxDetail: undefined, TotalAmt: 425, Balance: 425 },
      usContext,
    );
    expect(noDetail.record).toMatchObject({ taxTreatment: 'none', totalTaxMinor: 0n, taxLines: [] });
  });

  it('gives nulls for missing optional fields', () => {
    const { record } = toQuickBooksInvoiceRecord(
      invoice({
        CustomerRef: { value: '58' },
        Line: [{ DetailType: 'SalesItemLineDetail', Amount: 100 }],
        DueDate: 'soon',
      }),
      context,
    );
    expect(record).toMatchObject({
      customerName: null,
      docNumber: null,
      dueDate: null,
      billEmail: null,
      billingAddress: null,
      exchangeRate: null,
      emailStatus: null,
      customerMemo: null,
    });
    expect(record.lines[0]).toMatchObject({
      itemCode: null,
      itemId: null,
      taxCodeId: null,
      taxRatePercent: null,
      amountMinor: 10000n,
    });
  });

  it.each([
    ['no TotalAmt', { TotalAmt: undefined as unknown as number }, 'TotalAmt'],
    ['no Balance', { Balance: undefined as unknown as number }, 'Balance'],
    ['a TotalAmt that is not a number', { TotalAmt: 'lots' as unknown as number }, 'TotalAmt'],
    ['no CustomerRef', { CustomerRef: undefined as unknown as QboInvoice['CustomerRef'] }, 'CustomerRef'],
    ['no TxnDate', { TxnDate: '' }, 'TxnDate'],
    ['a currency ISO 4217 does not list', { CurrencyRef: { value: 'XYZ' } }, 'CurrencyRef'],
    ['a currency without minor unit', { CurrencyRef: { value: 'XAU' } }, 'CurrencyRef'],
  ])('refuses an invoice with %s (QuickBooksMappingError naming the field)', (_label, overrides, field) => {
    expect(() => toQuickBooksInvoiceRecord(invoice(overrides), context)).toThrow(
      expect.objectContaining({ constructor: QuickBooksMappingError, field, quickBooksId: '130' }),
    );
  });
});

import { metaDataTime } from '../http/qbo-time';
import type { QboCompanyData, QboCustomer, QboInvoice, QboMetaData } from '../../../quickbooks/qbo-types';

export interface FixtureOptions {
  realmId?: string;
  companyName?: string;
  customers?: number;
  /** Invoices, spread round-robin over the customers. */
  invoices?: number;
  /** Every Nth customer (1-based) is inactive; 0 for none. */
  inactiveEvery?: number;
  /** When the seeded rows were last updated (default two days ago). */
  updatedAt?: Date;
}

function meta(at: Date): QboMetaData {
  return { CreateTime: metaDataTime(at), LastUpdatedTime: metaDataTime(at) };
}

/** A small hand-built company for the sandbox's own tests (the real generator lives in ../generator). */
export function companyFixture(options: FixtureOptions = {}): QboCompanyData {
  const realmId = options.realmId ?? '9130350000000001';
  const at = options.updatedAt ?? new Date(Date.now() - 2 * 24 * 3600 * 1000);
  const customerCount = options.customers ?? 3;
  const inactiveEvery = options.inactiveEvery ?? 0;
  const base = (id: string) => ({ Id: id, SyncToken: '0', domain: 'QBO' as const, sparse: false, MetaData: meta(at) });

  const customers: QboCustomer[] = Array.from({ length: customerCount }, (_, i) => ({
    ...base(String(i + 1)),
    DisplayName: `Customer ${String(i + 1).padStart(5, '0')}`,
    GivenName: 'Given',
    FamilyName: `Family${i + 1}`,
    PrimaryEmailAddr: { Address: `customer${i + 1}@example.com` },
    Mobile: { FreeFormNumber: '07911 123456' },
    Active: !(inactiveEvery > 0 && (i + 1) % inactiveEvery === 0),
    Balance: 0,
    CurrencyRef: { value: 'GBP', name: 'British Pound Sterling' },
  }));

  const invoices: QboInvoice[] = Array.from({ length: options.invoices ?? 2 }, (_, i) => {
    const customer = customers[i % customers.length];
    const amount = 100 + i;
    const tax = Math.round(amount * 20) / 100;
    const total = Math.round(amount * 120) / 100;
    customer.Balance = Math.round((customer.Balance + total) * 100) / 100;
    return {
      ...base(String(i + 1)),
      DocNumber: String(1000 + i + 1),
      TxnDate: `2026-01-${String((i % 28) + 1).padStart(2, '0')}`,
      DueDate: '2026-02-28',
      CustomerRef: { value: customer.Id, name: customer.DisplayName },
      CurrencyRef: { value: 'GBP', name: 'British Pound Sterling' },
      GlobalTaxCalculation: 'TaxExcluded',
      Line: [
        {
          Id: '1',
          LineNum: 1,
          Amount: amount,
          Description: 'Consulting',
          DetailType: 'SalesItemLineDetail',
          SalesItemLineDetail: {
            ItemRef: { value: '1', name: 'Services' },
            Qty: 1,
            UnitPrice: amount,
            TaxCodeRef: { value: '1' },
          },
        },
        { Amount: amount, DetailType: 'SubTotalLineDetail', SubTotalLineDetail: {} },
      ],
      TxnTaxDetail: { TotalTax: tax },
      TotalAmt: total,
      Balance: total,
      EmailStatus: 'NotSet',
      LinkedTxn: [],
    };
  });

  return {
    realmId,
    companyInfo: {
      ...base('1'),
      CompanyName: options.companyName ?? 'Sandbox Plumbing Ltd',
      LegalName: 'Sandbox Plumbing Limited',
      Country: 'GB',
      Email: { Address: 'owner@sandbox-plumbing.example' },
    },
    preferences: { ...base('1'), CurrencyPrefs: { HomeCurrency: { value: 'GBP' }, MultiCurrencyEnabled: false } },
    accounts: [
      { ...base('1'), Name: 'Sales', AccountType: 'Income', AccountSubType: 'SalesOfProductIncome', Active: true },
      {
        ...base('4'),
        Name: 'Undeposited Funds',
        AccountType: 'Other Current Asset',
        AccountSubType: 'UndepositedFunds',
        Active: true,
      },
      { ...base('5'), Name: 'Old Bank', AccountType: 'Bank', AccountSubType: 'Checking', Active: false },
    ],
    items: [{ ...base('1'), Name: 'Services', Type: 'Service', UnitPrice: 100, Active: true }],
    paymentMethods: [
      { ...base('1'), Name: 'Card', Type: 'CREDIT_CARD', Active: true },
      { ...base('2'), Name: 'Bank transfer', Type: 'NON_CREDIT_CARD', Active: true },
    ],
    taxRates: [{ ...base('1'), Name: 'VAT 20%', RateValue: 20, Active: true }],
    taxCodes: [
      {
        ...base('1'),
        Name: '20.0% S',
        Active: true,
        Taxable: true,
        TaxGroup: false,
        SalesTaxRateList: { TaxRateDetail: [{ TaxRateRef: { value: '1' } }] },
      },
    ],
    customers,
    invoices,
    payments: [],
  };
}

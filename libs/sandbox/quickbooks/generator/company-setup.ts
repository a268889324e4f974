import type {
  QboAccount,
  QboCompanyInfo,
  QboItem,
  QboPaymentMethod,
  QboPreferences,
  QboRef,
  QboTaxCode,
  QboTaxRate,
} from '../../../quickbooks/qbo-types';
import { metaData } from './entity-metadata';

/**
 * The lists a UK QuickBooks Online company starts with (VAT codes and rates, chart of accounts,
 * products and services, payment methods), as the API returns them. UK VAT codes are named
 * "20.0% S", "5.0% R", "0.0% Z", "Exempt", "No VAT"; each has one sales TaxRate.
 */
export const HOME_CURRENCY = 'GBP';

export const CURRENCY_NAMES: Record<string, string> = {
  GBP: 'British Pound Sterling',
  USD: 'United States Dollar',
  EUR: 'Euro',
  JPY: 'Japanese Yen',
};

export function currencyRef(code: string): QboRef {
  return { value: code, name: CURRENCY_NAMES[code] ?? code };
}

const SETUP_DAY = '2022-11-14';
const setupMeta = (second: number) => metaData(SETUP_DAY, 36_000 + second);

interface VatCodeSpec {
  codeId: string;
  rateId: string;
  name: string;
  description: string;
  percent: number;
  taxable: boolean;
}

export const VAT_CODES: readonly VatCodeSpec[] = [
  { codeId: '2', rateId: '3', name: '20.0% S', description: 'Standard rated', percent: 20, taxable: true },
  { codeId: '3', rateId: '4', name: '5.0% R', description: 'Reduced rated', percent: 5, taxable: true },
  { codeId: '4', rateId: '5', name: '0.0% Z', description: 'Zero-rated', percent: 0, taxable: true },
  { codeId: '5', rateId: '6', name: 'Exempt', description: 'Exempt', percent: 0, taxable: false },
  { codeId: '6', rateId: '7', name: 'No VAT', description: 'No VAT', percent: 0, taxable: false },
];

export const STANDARD_RATED = VAT_CODES[0];
export const REDUCED_RATED = VAT_CODES[1];
export const ZERO_RATED = VAT_CODES[2];
export const EXEMPT = VAT_CODES[3];
export const NO_VAT = VAT_CODES[4];

const HMRC_AGENCY: QboRef = { value: '1', name: 'HMRC VAT' };

export function taxRates(): QboTaxRate[] {
  return VAT_CODES.map((code, index) => ({
    Id: code.rateId,
    SyncToken: '0',
    domain: 'QBO',
    sparse: false,
    MetaData: setupMeta(index),
    Name: code.name,
    Description: code.description,
    Active: true,
    RateValue: code.percent,
    AgencyRef: HMRC_AGENCY,
    SpecialTaxType: 'NONE',
    DisplayType: 'ReadOnly',
  }));
}

export function taxCodes(): QboTaxCode[] {
  return VAT_CODES.map((code, index) => ({
    Id: code.codeId,
    SyncToken: '0',
    domain: 'QBO',
    sparse: false,
    MetaData: setupMeta(index),
    Name: code.name,
    Description: code.description,
    Active: true,
    Hidden: false,
    Taxable: code.taxable,
    TaxGroup: false,
    SalesTaxRateList: {
      TaxRateDetail: [
        { TaxRateRef: { value: code.rateId, name: code.name }, TaxTypeApplicable: 'TaxOnAmount', TaxOrder: 0 },
      ],
    },
    PurchaseTaxRateList: { TaxRateDetail: [] },
  }));
}

interface AccountSpec {
  id: string;
  name: string;
  type: string;
  subType: string;
  classification: string;
  currency?: string;
}

const ACCOUNT_SPECS: readonly AccountSpec[] = [
  { id: '1', name: 'Debtors', type: 'Accounts Receivable', subType: 'AccountsReceivable', classification: 'Asset' },
  {
    id: '2',
    name: 'Undeposited Funds',
    type: 'Other Current Asset',
    subType: 'UndepositedFunds',
    classification: 'Asset',
  },
  { id: '3', name: 'Current', type: 'Bank', subType: 'Checking', classification: 'Asset' },
  { id: '4', name: 'Sales', type: 'Income', subType: 'SalesOfProductIncome', classification: 'Revenue' },
  { id: '5', name: 'Services', type: 'Income', subType: 'ServiceFeeIncome', classification: 'Revenue' },
  { id: '6', name: 'Discounts given', type: 'Income', subType: 'DiscountsRefundsGiven', classification: 'Revenue' },
  {
    id: '7',
    name: 'VAT Control',
    type: 'Other Current Liability',
    subType: 'GlobalTaxPayable',
    classification: 'Liability',
  },
  {
    id: '8',
    name: 'VAT Suspense',
    type: 'Other Current Liability',
    subType: 'GlobalTaxSuspense',
    classification: 'Liability',
  },
  {
    id: '9',
    name: 'Exchange Gain or Loss',
    type: 'Other Expense',
    subType: 'ExchangeGainOrLoss',
    classification: 'Expense',
  },
  {
    id: '10',
    name: 'Cost of sales',
    type: 'Cost of Goods Sold',
    subType: 'SuppliesMaterialsCogs',
    classification: 'Expense',
  },
  {
    id: '11',
    name: 'Debtors USD',
    type: 'Accounts Receivable',
    subType: 'AccountsReceivable',
    classification: 'Asset',
    currency: 'USD',
  },
  {
    id: '12',
    name: 'Debtors EUR',
    type: 'Accounts Receivable',
    subType: 'AccountsReceivable',
    classification: 'Asset',
    currency: 'EUR',
  },
  {
    id: '13',
    name: 'Debtors JPY',
    type: 'Accounts Receivable',
    subType: 'AccountsReceivable',
    classification: 'Asset',
    currency: 'JPY',
  },
];

export const UNDEPOSITED_FUNDS: QboRef = { value: '2', name: 'Undeposited Funds' };
export const DISCOUNT_ACCOUNT: QboRef = { value: '6', name: 'Discounts given' };
const SALES_ACCOUNT: QboRef = { value: '4', name: 'Sales' };
const SERVICES_ACCOUNT: QboRef = { value: '5', name: 'Services' };

export function accounts(): QboAccount[] {
  return ACCOUNT_SPECS.map((spec, index) => ({
    Id: spec.id,
    SyncToken: '0',
    domain: 'QBO',
    sparse: false,
    MetaData: setupMeta(index),
    Name: spec.name,
    SubAccount: false,
    FullyQualifiedName: spec.name,
    Active: true,
    Classification: spec.classification,
    AccountType: spec.type,
    AccountSubType: spec.subType,
    CurrentBalance: 0,
    CurrentBalanceWithSubAccounts: 0,
    CurrencyRef: currencyRef(spec.currency ?? HOME_CURRENCY),
  }));
}

interface ItemSpec {
  id: string;
  name: string;
  type: 'Service' | 'NonInventory';
  unitPrice: number;
  vat: VatCodeSpec;
  description: string;
}

/** Products and services; prices are net of VAT, some with more than two decimals as QBO allows. */
export const ITEM_SPECS: readonly ItemSpec[] = [
  {
    id: '1',
    name: 'Consultation',
    type: 'Service',
    unitPrice: 85,
    vat: STANDARD_RATED,
    description: 'Initial consultation (1 hour)',
  },
  {
    id: '2',
    name: 'Site visit',
    type: 'Service',
    unitPrice: 65,
    vat: STANDARD_RATED,
    description: 'Site visit and measure-up',
  },
  {
    id: '3',
    name: 'Design work',
    type: 'Service',
    unitPrice: 55.5,
    vat: STANDARD_RATED,
    description: 'Design work, per hour',
  },
  {
    id: '4',
    name: 'Labour',
    type: 'Service',
    unitPrice: 42.75,
    vat: STANDARD_RATED,
    description: 'Joinery labour, per hour',
  },
  {
    id: '5',
    name: 'Emergency call-out',
    type: 'Service',
    unitPrice: 120,
    vat: STANDARD_RATED,
    description: 'Emergency call-out fee',
  },
  {
    id: '6',
    name: 'Annual maintenance plan',
    type: 'Service',
    unitPrice: 249.99,
    vat: STANDARD_RATED,
    description: 'Annual maintenance plan',
  },
  {
    id: '7',
    name: 'Oak worktop',
    type: 'NonInventory',
    unitPrice: 89.99,
    vat: STANDARD_RATED,
    description: 'Solid oak worktop, per metre',
  },
  {
    id: '8',
    name: 'Brass hinges',
    type: 'NonInventory',
    unitPrice: 4.125,
    vat: STANDARD_RATED,
    description: 'Brass butt hinges (pair)',
  },
  {
    id: '9',
    name: 'Wood stain 1L',
    type: 'NonInventory',
    unitPrice: 12.49,
    vat: STANDARD_RATED,
    description: 'Wood stain, 1 litre',
  },
  {
    id: '10',
    name: 'Loft insulation',
    type: 'NonInventory',
    unitPrice: 18.333,
    vat: REDUCED_RATED,
    description: 'Energy-saving loft insulation, per roll (installed)',
  },
  {
    id: '11',
    name: 'Heating oil',
    type: 'NonInventory',
    unitPrice: 0.6875,
    vat: REDUCED_RATED,
    description: 'Domestic heating oil, per litre',
  },
  {
    id: '12',
    name: 'Care guide (book)',
    type: 'NonInventory',
    unitPrice: 9.99,
    vat: ZERO_RATED,
    description: 'Printed care and maintenance guide',
  },
  {
    id: '13',
    name: "Children's safety gate",
    type: 'NonInventory',
    unitPrice: 34.99,
    vat: STANDARD_RATED,
    description: 'Stair safety gate',
  },
  {
    id: '14',
    name: 'Insurance admin fee',
    type: 'Service',
    unitPrice: 15,
    vat: EXEMPT,
    description: 'Insurance claim administration',
  },
  { id: '15', name: 'Postage', type: 'Service', unitPrice: 3.95, vat: NO_VAT, description: 'Royal Mail postage' },
];

/** A bundle sold as one group line: the item and the quantity of each part. */
export const GROUP_ITEM = {
  id: '16',
  name: 'Kitchen refit bundle',
  parts: [
    { itemId: '7', qty: 3 },
    { itemId: '4', qty: 8 },
    { itemId: '8', qty: 6 },
  ],
} as const;

export function items(): QboItem[] {
  const sold = ITEM_SPECS.map((spec, index): QboItem => ({
    Id: spec.id,
    SyncToken: '0',
    domain: 'QBO',
    sparse: false,
    MetaData: setupMeta(index),
    Name: spec.name,
    FullyQualifiedName: spec.name,
    Description: spec.description,
    Active: true,
    Taxable: spec.vat.taxable,
    SalesTaxIncluded: false,
    UnitPrice: spec.unitPrice,
    Type: spec.type,
    IncomeAccountRef: spec.type === 'Service' ? SERVICES_ACCOUNT : SALES_ACCOUNT,
    SalesTaxCodeRef: { value: spec.vat.codeId, name: spec.vat.name },
    TrackQtyOnHand: false,
  }));
  const group: QboItem = {
    Id: GROUP_ITEM.id,
    SyncToken: '0',
    domain: 'QBO',
    sparse: false,
    MetaData: setupMeta(sold.length),
    Name: GROUP_ITEM.name,
    FullyQualifiedName: GROUP_ITEM.name,
    Description: 'Worktop, fitting labour and hinges',
    Active: true,
    Type: 'Group',
    PrintGroupedItems: false,
    ItemGroupDetail: {
      ItemGroupLine: GROUP_ITEM.parts.map((part) => ({
        ItemRef: { value: part.itemId, name: itemSpec(part.itemId).name, type: 'Item' },
        Qty: part.qty,
      })),
    },
  };
  return [...sold, group];
}

export function itemSpec(itemId: string): ItemSpec {
  const spec = ITEM_SPECS.find((candidate) => candidate.id === itemId);
  if (!spec) throw new Error(`no item ${itemId} in the sample catalogue`);
  return spec;
}

const PAYMENT_METHODS: readonly [string, QboPaymentMethod['Type']][] = [
  ['Cash', 'NON_CREDIT_CARD'],
  ['Cheque', 'NON_CREDIT_CARD'],
  ['Credit Card', 'CREDIT_CARD'],
  ['Debit Card', 'CREDIT_CARD'],
  ['Bank Transfer', 'NON_CREDIT_CARD'],
  ['Direct Debit', 'NON_CREDIT_CARD'],
];

export function paymentMethods(): QboPaymentMethod[] {
  return PAYMENT_METHODS.map(([name, type], index) => ({
    Id: String(index + 1),
    SyncToken: '0',
    domain: 'QBO',
    sparse: false,
    MetaData: setupMeta(index),
    Name: name,
    Type: type,
    Active: true,
  }));
}

export function companyInfo(companyName: string): QboCompanyInfo {
  const slug =
    companyName
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '')
      .slice(0, 24) || 'company';
  const address = {
    Id: '1',
    Line1: '14 Canal Wharf',
    City: 'Leeds',
    CountrySubDivisionCode: 'West Yorkshire',
    PostalCode: 'LS11 5PS',
    Country: 'GB',
  };
  return {
    Id: '1',
    SyncToken: '3',
    domain: 'QBO',
    sparse: false,
    MetaData: setupMeta(0),
    CompanyName: companyName,
    LegalName: companyName,
    CompanyAddr: address,
    CustomerCommunicationAddr: address,
    LegalAddr: address,
    PrimaryPhone: { FreeFormNumber: '0113 496 0123' },
    CompanyStartDate: SETUP_DAY,
    FiscalYearStartMonth: 'April',
    Country: 'GB',
    Email: { Address: `accounts@${slug}.co.uk` },
    WebAddr: { URI: `https://www.${slug}.co.uk` },
    SupportedLanguages: 'en',
    DefaultTimeZone: 'Europe/London',
    NameValue: [{ Name: 'IsQbdtMigrated', Value: 'false' }],
  };
}

export function preferences(): QboPreferences {
  return {
    Id: '1',
    SyncToken: '2',
    domain: 'QBO',
    sparse: false,
    MetaData: setupMeta(1),
    CurrencyPrefs: { HomeCurrency: { value: HOME_CURRENCY }, MultiCurrencyEnabled: true },
    TaxPrefs: { UsingSalesTax: true, PartnerTaxEnabled: true, TaxGroupCodeRef: { value: STANDARD_RATED.codeId } },
    SalesFormsPrefs: {
      ETransactionEnabledStatus: 'NotApplicable',
      AllowDiscount: true,
      AllowShipping: false,
      DefaultTerms: { value: '3' },
      AllowServiceDate: true,
    },
    AccountingInfoPrefs: { FirstMonthOfFiscalYear: 'April', TaxYearMonth: 'April', UseAccountNumbers: false },
  };
}

/**
 * QuickBooks Online Accounting API entities as they travel in JSON (minorversion 75).
 * Field names follow Intuit's documentation exactly; only the fields Settle and the sandbox use
 * are typed, and every entity keeps unknown fields (QuickBooks adds fields without notice).
 * Money fields are JSON numbers, as QuickBooks sends them.
 */
export interface QboRef {
  value: string;
  name?: string;
}

export interface QboMetaData {
  CreateTime: string;
  LastUpdatedTime: string;
}

export interface QboAddress {
  Id?: string;
  Line1?: string;
  Line2?: string;
  Line3?: string;
  Line4?: string;
  Line5?: string;
  City?: string;
  CountrySubDivisionCode?: string;
  PostalCode?: string;
  Country?: string;
}

export interface QboEntityBase {
  Id: string;
  SyncToken: string;
  domain?: 'QBO';
  sparse?: boolean;
  MetaData: QboMetaData;
  [extra: string]: unknown;
}

export interface QboCustomer extends QboEntityBase {
  DisplayName: string;
  Title?: string;
  GivenName?: string;
  MiddleName?: string;
  FamilyName?: string;
  Suffix?: string;
  CompanyName?: string;
  PrimaryEmailAddr?: { Address: string };
  PrimaryPhone?: { FreeFormNumber: string };
  Mobile?: { FreeFormNumber: string };
  AlternatePhone?: { FreeFormNumber: string };
  BillAddr?: QboAddress;
  ShipAddr?: QboAddress;
  Active: boolean;
  Balance: number;
  CurrencyRef?: QboRef;
}

export type QboLineDetailType =
  'SalesItemLineDetail' | 'DiscountLineDetail' | 'SubTotalLineDetail' | 'GroupLineDetail' | 'DescriptionOnly';

export interface QboSalesItemLineDetail {
  ItemRef?: QboRef;
  Qty?: number;
  UnitPrice?: number;
  TaxCodeRef?: QboRef;
  ServiceDate?: string;
  ItemAccountRef?: QboRef;
  TaxInclusiveAmt?: number;
  DiscountRate?: number;
  DiscountAmt?: number;
}

export interface QboLine {
  Id?: string;
  LineNum?: number;
  Description?: string;
  Amount?: number;
  DetailType: QboLineDetailType;
  SalesItemLineDetail?: QboSalesItemLineDetail;
  DiscountLineDetail?: {
    PercentBased?: boolean;
    DiscountPercent?: number;
    DiscountAccountRef?: QboRef;
  };
  SubTotalLineDetail?: Record<string, unknown>;
  GroupLineDetail?: { GroupItemRef?: QboRef; Quantity?: number; Line?: QboLine[] };
  DescriptionLineDetail?: Record<string, unknown>;
  LinkedTxn?: QboLinkedTxn[];
}

export interface QboLinkedTxn {
  TxnId: string;
  TxnType: string;
}

export interface QboTaxLine {
  Amount: number;
  DetailType: 'TaxLineDetail';
  TaxLineDetail: {
    TaxRateRef: QboRef;
    PercentBased: boolean;
    TaxPercent?: number;
    NetAmountTaxable?: number;
  };
}

export type QboGlobalTaxCalculation = 'TaxExcluded' | 'TaxInclusive' | 'NotApplicable';

export interface QboInvoice extends QboEntityBase {
  DocNumber?: string;
  TxnDate: string;
  DueDate?: string;
  CustomerRef: QboRef;
  BillAddr?: QboAddress;
  ShipAddr?: QboAddress;
  BillEmail?: { Address: string };
  CurrencyRef: QboRef;
  ExchangeRate?: number;
  GlobalTaxCalculation?: QboGlobalTaxCalculation;
  ApplyTaxAfterDiscount?: boolean;
  Line: QboLine[];
  TxnTaxDetail?: { TxnTaxCodeRef?: QboRef; TotalTax: number; TaxLine?: QboTaxLine[] };
  TotalAmt: number;
  Balance: number;
  HomeTotalAmt?: number;
  HomeBalance?: number;
  EmailStatus?: 'NotSet' | 'NeedToSend' | 'EmailSent';
  LinkedTxn?: QboLinkedTxn[];
  CustomerMemo?: { value: string };
  PrivateNote?: string;
}

export interface QboPayment extends QboEntityBase {
  TxnDate: string;
  CustomerRef: QboRef;
  TotalAmt: number;
  UnappliedAmt?: number;
  CurrencyRef?: QboRef;
  ExchangeRate?: number;
  PaymentMethodRef?: QboRef;
  PaymentRefNum?: string;
  DepositToAccountRef?: QboRef;
  PrivateNote?: string;
  Line: { Amount: number; LinkedTxn: QboLinkedTxn[] }[];
}

export interface QboAccount extends QboEntityBase {
  Name: string;
  AccountType: string;
  AccountSubType?: string;
  Classification?: string;
  CurrencyRef?: QboRef;
  Active: boolean;
}

export interface QboItem extends QboEntityBase {
  Name: string;
  Sku?: string;
  Description?: string;
  Type: 'Service' | 'NonInventory' | 'Inventory' | 'Group' | 'Category';
  UnitPrice?: number;
  IncomeAccountRef?: QboRef;
  SalesTaxCodeRef?: QboRef;
  Active: boolean;
}

export interface QboPaymentMethod extends QboEntityBase {
  Name: string;
  Type: 'CREDIT_CARD' | 'NON_CREDIT_CARD';
  Active: boolean;
}

export interface QboTaxRate extends QboEntityBase {
  Name: string;
  Description?: string;
  RateValue: number;
  Active: boolean;
  AgencyRef?: QboRef;
}

export interface QboTaxCode extends QboEntityBase {
  Name: string;
  Description?: string;
  Active: boolean;
  Taxable: boolean;
  TaxGroup: boolean;
  SalesTaxRateList?: { TaxRateDetail: { TaxRateRef: QboRef; TaxTypeApplicable?: string; TaxOrder?: number }[] };
  PurchaseTaxRateList?: { TaxRateDetail: { TaxRateRef: QboRef; TaxTypeApplicable?: string; TaxOrder?: number }[] };
}

export interface QboCompanyInfo extends QboEntityBase {
  CompanyName: string;
  LegalName?: string;
  Country: string;
  Email?: { Address: string };
  CompanyAddr?: QboAddress;
  FiscalYearStartMonth?: string;
}

export interface QboPreferences extends QboEntityBase {
  CurrencyPrefs: { HomeCurrency: { value: string }; MultiCurrencyEnabled: boolean };
}

/** Everything a sample company holds; what the generator makes and the sandbox serves. */
export interface QboCompanyData {
  realmId: string;
  companyInfo: QboCompanyInfo;
  preferences: QboPreferences;
  accounts: QboAccount[];
  items: QboItem[];
  paymentMethods: QboPaymentMethod[];
  taxRates: QboTaxRate[];
  taxCodes: QboTaxCode[];
  customers: QboCustomer[];
  invoices: QboInvoice[];
  payments: QboPayment[];
}

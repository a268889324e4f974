import type { QboAddress, QboCompanyData, QboCustomer } from '../../../quickbooks/qbo-types';
import { currencyRef } from './company-setup';
import { nextCustomerId } from './next-ids';

export interface BuildCustomerInput {
  displayName: string;
  title?: string;
  givenName?: string;
  familyName?: string;
  companyName?: string;
  /** Free text, as QuickBooks keeps it (may hold two addresses). */
  email?: string;
  /** Free text: "07911 123456", "+44 (0)20 7946 0018". */
  phone?: string;
  mobile?: string;
  billAddr?: QboAddress;
  /** Default: the company's home currency. */
  currency?: string;
  active?: boolean;
  id?: string;
  /** MetaData time; default now. */
  createdAt?: string;
}

/** A new Customer as QuickBooks returns it after a user created it. Does not add it to the company. */
export function buildCustomer(company: QboCompanyData, input: BuildCustomerInput): QboCustomer {
  const createdAt = input.createdAt ?? new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  const active = input.active ?? true;
  const displayName = active ? input.displayName : `${input.displayName} (deleted)`;
  return {
    Id: input.id ?? nextCustomerId(company),
    SyncToken: '0',
    domain: 'QBO',
    sparse: false,
    MetaData: { CreateTime: createdAt, LastUpdatedTime: createdAt },
    ...(input.title ? { Title: input.title } : {}),
    ...(input.givenName ? { GivenName: input.givenName } : {}),
    ...(input.familyName ? { FamilyName: input.familyName } : {}),
    ...(input.companyName ? { CompanyName: input.companyName } : {}),
    DisplayName: displayName,
    FullyQualifiedName: displayName,
    PrintOnCheckName: input.companyName ?? input.displayName,
    Active: active,
    Taxable: true,
    Job: false,
    BillWithParent: false,
    Balance: 0,
    BalanceWithJobs: 0,
    CurrencyRef: currencyRef(input.currency ?? company.preferences.CurrencyPrefs.HomeCurrency.value),
    PreferredDeliveryMethod: 'Email',
    ...(input.email ? { PrimaryEmailAddr: { Address: input.email } } : {}),
    ...(input.phone ? { PrimaryPhone: { FreeFormNumber: input.phone } } : {}),
    ...(input.mobile ? { Mobile: { FreeFormNumber: input.mobile } } : {}),
    ...(input.billAddr ? { BillAddr: input.billAddr } : {}),
  };
}

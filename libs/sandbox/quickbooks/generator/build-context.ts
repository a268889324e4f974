import type { QboCompanyData, QboCustomer, QboItem } from '../../../quickbooks/qbo-types';
import { TaxRatesOfCode, TaxRateShare } from './invoice-totals';

/** Lookups a builder needs, made once per company so that building 100k invoices stays linear. */
export interface BuildContext {
  homeCurrency: string;
  customer(id: string): QboCustomer;
  item(id: string): QboItem;
  ratesOfCode: TaxRatesOfCode;
  taxCodeName(id: string): string | undefined;
  discountAccountId: string;
  undepositedFundsId: string;
}

export class UnknownReferenceError extends Error {
  constructor(kind: string, id: string) {
    super(`no ${kind} with Id ${id} in this company`);
    this.name = 'UnknownReferenceError';
  }
}

export function buildContext(company: QboCompanyData): BuildContext {
  const customers = new Map(company.customers.map((customer) => [customer.Id, customer]));
  const items = new Map(company.items.map((item) => [item.Id, item]));
  const rates = new Map(company.taxRates.map((rate) => [rate.Id, rate]));
  const ratesByCode = new Map<string, TaxRateShare[]>(
    company.taxCodes.map((code) => [
      code.Id,
      (code.SalesTaxRateList?.TaxRateDetail ?? []).map((detail) => {
        const rate = rates.get(detail.TaxRateRef.value);
        if (!rate) throw new UnknownReferenceError('TaxRate', detail.TaxRateRef.value);
        return { rateId: rate.Id, rateName: rate.Name, percent: String(rate.RateValue) };
      }),
    ]),
  );
  const codeNames = new Map(company.taxCodes.map((code) => [code.Id, code.Name]));
  const accountId = (subType: string) => company.accounts.find((account) => account.AccountSubType === subType)?.Id;
  return {
    homeCurrency: company.preferences.CurrencyPrefs.HomeCurrency.value,
    customer: (id) => customers.get(id) ?? missing('Customer', id),
    item: (id) => items.get(id) ?? missing('Item', id),
    ratesOfCode: (id) => ratesByCode.get(id) ?? missing('TaxCode', id),
    taxCodeName: (id) => codeNames.get(id),
    discountAccountId: accountId('DiscountsRefundsGiven') ?? missing('Account', 'DiscountsRefundsGiven'),
    undepositedFundsId: accountId('UndepositedFunds') ?? missing('Account', 'UndepositedFunds'),
  };
}

function missing(kind: string, id: string): never {
  throw new UnknownReferenceError(kind, id);
}

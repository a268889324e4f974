import type { QboCompanyData, QboCompanyInfo, QboPreferences } from '../../../quickbooks/qbo-types';
import { ENTITY_NAMES, type EntityName, type EntityTypes } from './entity-name';
import { EntityTable } from './entity-table';
import { DEFAULT_EXCHANGE_RATES } from '../generator/invoice-builder';

/** An email QuickBooks would have sent for POST /invoice/{id}/send (the sandbox sends none). */
export interface SentEmail {
  invoiceId: string;
  to: string;
  at: string;
}

export interface ReplayedResponse {
  status: number;
  body: unknown;
}

type Tables = { [K in EntityName]: EntityTable<EntityTypes[K]> };

const COLLECTION: { [K in EntityName]: (data: QboCompanyData) => EntityTypes[K][] } = {
  Customer: (d) => d.customers,
  Invoice: (d) => d.invoices,
  Payment: (d) => d.payments,
  Account: (d) => d.accounts,
  Item: (d) => d.items,
  PaymentMethod: (d) => d.paymentMethods,
  TaxCode: (d) => d.taxCodes,
  TaxRate: (d) => d.taxRates,
};

/** One QuickBooks company (realm) held in memory. Seed data is deep-copied so callers keep theirs. */
export class Company {
  readonly realmId: string;
  companyInfo: QboCompanyInfo;
  preferences: QboPreferences;
  readonly tables: Tables;
  /** Answers to writes that carried a requestid, replayed when the same id comes again. */
  readonly requestIds = new Map<string, ReplayedResponse>();
  /** The invoices emailed through /send, oldest first. */
  readonly emails: SentEmail[] = [];
  /** Home-currency units per unit of each foreign currency, as /exchangerate answers. */
  readonly exchangeRates = new Map<string, number>(
    Object.entries(DEFAULT_EXCHANGE_RATES).map(([code, rate]) => [code, Number(rate)]),
  );

  constructor(seed: QboCompanyData) {
    const data = structuredClone(seed);
    this.realmId = data.realmId;
    this.companyInfo = data.companyInfo;
    this.preferences = data.preferences;
    this.tables = Object.fromEntries(
      ENTITY_NAMES.map((name) => {
        const table = new EntityTable(name);
        table.load(COLLECTION[name](data));
        return [name, table];
      }),
    ) as Tables;
  }

  table<K extends EntityName>(name: K): EntityTable<EntityTypes[K]> {
    return this.tables[name];
  }
}

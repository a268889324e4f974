import type { QboCompanyData, QboCustomer, QboInvoice } from '../../../quickbooks/qbo-types';
import { Money } from '../../../money';
import { buildContext } from './build-context';
import { accounts, companyInfo, items, paymentMethods, preferences, taxCodes, taxRates } from './company-setup';
import { generateCustomers } from './customers';
import { generateTransactions } from './sample-invoices';
import { SeededRandom } from './seeded-random';

export interface GenerateCompanyOptions {
  /** Same seed and sizes → byte-identical company. Default 1. */
  seed?: number | string;
  /** Number of customers (a handful to 10,000+). Default 50. */
  customers?: number;
  /** Number of invoices (up to 100,000 and more). Default 200. */
  invoices?: number;
  /** Invoice dates spread evenly over these calendar years (a number: all in that year). Default 2023–2026. */
  years?: number | { from: number; to: number };
  /** Default: 16 digits derived from the seed. */
  realmId?: string;
  /** Default "Hartley & Moss Joinery Ltd". */
  companyName?: string;
  /** Share of customers whose phone belongs to another customer, and likewise for email. Default 0.02. */
  sharedContactShare?: number;
}

export const DEFAULT_COMPANY_OPTIONS = {
  seed: 1,
  customers: 50,
  invoices: 200,
  years: { from: 2023, to: 2026 },
  companyName: 'Hartley & Moss Joinery Ltd',
  sharedContactShare: 0.02,
} as const;

/**
 * A sample UK QuickBooks Online company (GBP home currency, multicurrency on, VAT registered)
 * with customers, invoices and payments, deterministic for a seed: see ./README.md.
 */
export function generateCompany(options: GenerateCompanyOptions = {}): QboCompanyData {
  const seed = options.seed ?? DEFAULT_COMPANY_OPTIONS.seed;
  const years =
    typeof options.years === 'number'
      ? { from: options.years, to: options.years }
      : (options.years ?? DEFAULT_COMPANY_OPTIONS.years);
  const random = new SeededRandom(seed);
  const realmId = options.realmId ?? `9130${random.int(1, 9)}${random.digits(11)}`;
  const skeleton: QboCompanyData = {
    realmId,
    companyInfo: companyInfo(options.companyName ?? DEFAULT_COMPANY_OPTIONS.companyName),
    preferences: preferences(),
    accounts: accounts(),
    items: items(),
    paymentMethods: paymentMethods(),
    taxRates: taxRates(),
    taxCodes: taxCodes(),
    customers: [],
    invoices: [],
    payments: [],
  };
  const firstDate = `${years.from}-01-01`;
  const customers = generateCustomers(random.fork('customers'), {
    count: options.customers ?? DEFAULT_COMPANY_OPTIONS.customers,
    sharedContactShare: options.sharedContactShare ?? DEFAULT_COMPANY_OPTIONS.sharedContactShare,
    createdFrom: '2022-11-14',
    createdDays: Math.max(1, daysBetween('2022-11-14', firstDate)),
  });
  const context = buildContext({ ...skeleton, customers });
  const { invoices, payments } = generateTransactions(random.fork('invoices'), context, customers, {
    count: options.invoices ?? DEFAULT_COMPANY_OPTIONS.invoices,
    firstDate,
    days: daysBetween(firstDate, `${years.to + 1}-01-01`),
  });
  return { ...skeleton, customers: withBalances(customers, invoices), invoices, payments };
}

/** Customer.Balance: what is still open on their invoices, in the customer's currency. */
function withBalances(customers: QboCustomer[], invoices: readonly QboInvoice[]): QboCustomer[] {
  const open = new Map<string, Money>();
  for (const invoice of invoices) {
    if (invoice.Balance === 0) continue;
    const balance = Money.parse(invoice.Balance, invoice.CurrencyRef.value);
    const sum = open.get(invoice.CustomerRef.value);
    open.set(invoice.CustomerRef.value, sum ? sum.add(balance) : balance);
  }
  return customers.map((customer) => {
    const balance = open.get(customer.Id)?.toNumber() ?? 0;
    return balance === 0 ? customer : { ...customer, Balance: balance, BalanceWithJobs: balance };
  });
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

import { generateCompany } from '../../libs/sandbox/quickbooks/generator';
import { latestYearOf, runImport, type SandboxedApp, shareOneMobile, startConnectedApp } from '../support/quickbooks';
import type { SignedUp } from '../support/accounts';

const company = generateCompany({
  seed: 'customers-of-invoices',
  customers: 60,
  invoices: 400,
  sharedContactShare: 0,
  realmId: '9130000000000215',
});
const year = latestYearOf(company);
const inYear = company.invoices.filter((invoice) => invoice.TxnDate.startsWith(`${year}-`));
const customersInYear = [...new Set(inYear.map((invoice) => invoice.CustomerRef.value))];
const byId = new Map(company.customers.map((customer) => [customer.Id, customer]));
const activeInYear = customersInYear.map((id) => byId.get(id)!).filter((customer) => customer.Active);

// Three customers share a mobile: the contacts phase (in QuickBooks' Id order) keeps the first.
const [keeper, ...dropped] = activeInYear.slice(0, 3).sort((a, b) => Number(a.Id) - Number(b.Id));
shareOneMobile([keeper, ...dropped], '07911 111222');
// Two inactive customers: QuickBooks leaves them out of the contacts phase's pages, so the invoices
// phase reads them (with every other inactive customer, in one query), and Contacts' rules then
// leave them out too.
const inactive = activeInYear.slice(3, 5);
for (const customer of inactive) customer.Active = false;

interface Skipped {
  quickBooksId: string;
  reasons: string[];
}

interface ImportView {
  status: string;
  contacts: { counts: Record<string, number>; skipped: Skipped[] };
  invoices: { counts: Record<string, number>; skipped: Skipped[] };
}

/** Imports a year's invoices; answers the import and the Accounting API requests it made. */
async function importInvoices(env: SandboxedApp, owner: SignedUp, realmId: string, year: number) {
  const before = env.sandbox.admin.apiRequests(realmId);
  const result = await runImport<ImportView>(env, owner, { kind: 'invoices', year });
  expect(result.status).toBe('completed');
  const made = env.sandbox.admin.apiRequests(realmId) - before;
  return { result, calls: env.sandbox.admin.recentApiRequests(realmId).slice(-made) };
}

describe("an invoice import's customers", () => {
  let env: SandboxedApp;
  let owner: SignedUp;

  beforeAll(async () => {
    ({ env, owner } = await startConnectedApp([company], company.realmId));
  });

  afterAll(() => env.close());

  it('reads the customers the contacts phase did not see in one query, none by id, and keeps its verdicts', async () => {
    const { result, calls } = await importInvoices(env, owner, company.realmId, year);
    expect(calls.filter((call) => /from Customer where Active = false/i.test(call))).toHaveLength(1);
    expect(calls.filter((call) => /from Customer where Id in/i.test(call))).toEqual([]);

    const droppedIds = dropped.map((customer) => customer.Id);
    expect(result.contacts.skipped.map((skip) => skip.quickBooksId).sort()).toEqual([...droppedIds].sort());
    const ofDropped = inYear.filter((invoice) => droppedIds.includes(invoice.CustomerRef.value));
    const skippedInvoices = new Map(result.invoices.skipped.map((skip) => [skip.quickBooksId, skip.reasons]));
    for (const invoice of ofDropped) {
      expect(skippedInvoices.get(invoice.Id)).toEqual([
        expect.stringMatching(new RegExp(`^customer ${invoice.CustomerRef.value} \\(.+\\) has no contact: `)),
      ]);
    }
    const inactiveIds = inactive.map((customer) => customer.Id);
    const ofInactive = inYear.filter((invoice) => inactiveIds.includes(invoice.CustomerRef.value));
    expect(ofInactive.length).toBeGreaterThan(0);
    for (const invoice of ofInactive) {
      expect(skippedInvoices.get(invoice.Id)).toEqual([
        expect.stringMatching(
          new RegExp(`^customer ${invoice.CustomerRef.value} .+ has no contact: inactive in QuickBooks$`),
        ),
      ]);
    }
  });
});

// More inactive customers than an import reads up front (ten pages of a thousand): the rest are read
// by id, with the invoices that name them.
const crowded = generateCompany({
  seed: 'many-inactive-customers',
  customers: 10_050,
  invoices: 40,
  sharedContactShare: 0,
  realmId: '9130000000000216',
});
const crowdedYear = latestYearOf(crowded);
for (const customer of crowded.customers) customer.Active = false;
const byIdOrder = [...crowded.customers].sort((a, b) => Number(a.Id) - Number(b.Id));
const pastTheFirstPages = byIdOrder.slice(10_000);
const lastCustomer = byIdOrder[byIdOrder.length - 1];
const invoiceOfLast = crowded.invoices.find((invoice) => invoice.TxnDate.startsWith(`${crowdedYear}-`))!;
invoiceOfLast.CustomerRef = { value: lastCustomer.Id, name: lastCustomer.DisplayName };

describe('an invoice import of a company with more inactive customers than it reads up front', () => {
  let env: SandboxedApp;
  let owner: SignedUp;

  beforeAll(async () => {
    ({ env, owner } = await startConnectedApp([crowded], crowded.realmId));
  });

  afterAll(() => env.close());

  it('reads ten pages of them, and the others by id when an invoice names one', async () => {
    const { result, calls } = await importInvoices(env, owner, crowded.realmId, crowdedYear);
    expect(calls.filter((call) => /from Customer where Active = false/i.test(call))).toHaveLength(10);
    const readIds = calls
      .filter((call) => /from Customer where Id in/i.test(call))
      .flatMap((call) => [...call.matchAll(/'(\d+)'/g)].map((match) => match[1]));
    expect(readIds).toContain(lastCustomer.Id);
    const beyond = new Set(pastTheFirstPages.map((customer) => customer.Id));
    expect(readIds.filter((id) => !beyond.has(id))).toEqual([]);
    const skipped = result.invoices.skipped.find((skip) => skip.quickBooksId === invoiceOfLast.Id);
    expect(skipped?.reasons).toEqual([
      expect.stringMatching(new RegExp(`^customer ${lastCustomer.Id} .+ has no contact: inactive in QuickBooks$`)),
    ]);
  });
});

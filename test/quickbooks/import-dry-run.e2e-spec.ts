import { EntityManager } from '@mikro-orm/postgresql';
import { Money } from '../../libs/money';
import { generateCompany } from '../../libs/sandbox/quickbooks/generator';
import { type SignedUp } from '../support/accounts';
import { latestYearOf, runImport, type SandboxedApp, shareOneMobile, startConnectedApp } from '../support/quickbooks';

// Over a thousand active customers: the contacts phase takes two pages, and a customer of the
// second page shares its mobile with one of the first, so a dry run must carry page one forward.
const company = generateCompany({ seed: 'dry-run', customers: 1200, invoices: 500, realmId: '9130000000000211' });
const active = company.customers.filter((customer) => customer.Active);
const sharers = [active[5], active[active.length - 5]];
shareOneMobile(sharers, '07911 123987');
const year = latestYearOf(company);
const inYear = company.invoices.filter((invoice) => invoice.TxnDate.startsWith(`${year}-`));

interface PhaseView {
  total: number;
  done: number;
  counts: Record<string, number>;
  skipped: { quickBooksId: string; reasons: string[] }[];
}

interface ImportView {
  id: string;
  dryRun: boolean;
  status: string;
  contacts: PhaseView;
  invoices: (PhaseView & { unpaidByCurrency: Record<string, string> | null }) | null;
}

describe('a dry run of a QuickBooks import', () => {
  let env: SandboxedApp;
  let owner: SignedUp;

  beforeAll(async () => {
    ({ env, owner } = await startConnectedApp([company], company.realmId));
  });

  afterAll(() => env.close());

  async function rowsOf(table: 'contacts_contacts' | 'invoicing_invoices'): Promise<number> {
    const rows = await env.app.app
      .get(EntityManager)
      .getConnection()
      .execute<{ count: string }[]>(`select count(*) from ${table} where account_id = ?`, [owner.accountId]);
    return Number(rows[0].count);
  }

  const skippedIds = (phase: PhaseView) => phase.skipped.map((item) => item.quickBooksId).sort();

  let dryRun: ImportView;
  let real: ImportView;

  it('reports what a fresh account would import, and writes nothing', async () => {
    dryRun = await runImport<ImportView>(env, owner, { kind: 'invoices', year, dryRun: true });

    expect(dryRun.dryRun).toBe(true);
    expect(dryRun.contacts.done).toBe(active.length);
    expect(dryRun.contacts.counts.created).toBeGreaterThan(1000);
    expect(skippedIds(dryRun.contacts)).toContain(sharers[1].Id);
    expect(skippedIds(dryRun.contacts)).not.toContain(sharers[0].Id);
    expect(dryRun.invoices?.done).toBe(inYear.length);
    expect(dryRun.invoices?.counts.created).toBeGreaterThan(0);
    expect((await env.app.http().get('/api/v1/contacts').set(owner.auth).expect(200)).body.data).toEqual([]);
    expect((await env.app.http().get('/api/v1/invoices').set(owner.auth).expect(200)).body.data).toEqual([]);
    expect(await rowsOf('contacts_contacts')).toBe(0);
    expect(await rowsOf('invoicing_invoices')).toBe(0);
  });

  it('reports the counts the real import then has, and the unpaid total of what it creates', async () => {
    real = await runImport<ImportView>(env, owner, { kind: 'invoices', year });

    expect(real.dryRun).toBe(false);
    expect(real.invoices?.unpaidByCurrency).toBeNull();
    expect(dryRun.contacts.counts).toEqual(real.contacts.counts);
    expect(skippedIds(dryRun.contacts)).toEqual(skippedIds(real.contacts));
    expect(dryRun.invoices?.counts).toEqual(real.invoices?.counts);
    expect(skippedIds(dryRun.invoices as PhaseView)).toEqual(skippedIds(real.invoices as PhaseView));

    const skipped = new Set(skippedIds(real.invoices as PhaseView));
    const unpaid = new Map<string, Money>();
    for (const invoice of inYear.filter((candidate) => !skipped.has(candidate.Id))) {
      const currency = invoice.CurrencyRef.value;
      const balance = Money.parse(String(invoice.Balance), currency);
      unpaid.set(currency, (unpaid.get(currency) ?? Money.zero(currency)).add(balance));
    }
    expect(unpaid.size).toBeGreaterThan(1);
    expect(dryRun.invoices?.unpaidByCurrency).toEqual(
      Object.fromEntries([...unpaid].map(([currency, amount]) => [currency, amount.toDecimalString()])),
    );
  });

  it('after the real import, reports nothing to create: everything imported is unchanged', async () => {
    const again = await runImport<ImportView>(env, owner, { kind: 'invoices', year, dryRun: true });

    expect(again.contacts.counts.created).toBeUndefined();
    expect(again.contacts.counts.updated).toBeUndefined();
    expect(again.contacts.counts.unchanged).toBe(real.contacts.counts.created);
    expect(again.invoices?.counts).toEqual({
      unchanged: real.invoices?.counts.created,
      ...(real.invoices?.counts.skipped ? { skipped: real.invoices.counts.skipped } : {}),
    });
    expect(again.invoices?.unpaidByCurrency).toEqual({});
  });
});

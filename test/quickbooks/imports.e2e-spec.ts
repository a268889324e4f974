import { EntityManager } from '@mikro-orm/postgresql';
import { generateCompany } from '../../libs/sandbox/quickbooks/generator';
import { eventually } from '../../libs/testing';
import { lockAccountContacts } from '../../src/modules/contacts/infrastructure/account-contacts-lock';
import { QuickBooksImport } from '../../src/modules/integration/domain/quickbooks-import';
import {
  MAX_RESUMES,
  ResumeStalledQuickBooksImports,
} from '../../src/modules/integration/use-cases/resume-stalled-quickbooks-imports/resume-stalled-quickbooks-imports.sweep';
import { PHONES_READ_AHEAD_STAGE } from '../../src/modules/integration/use-cases/bring-in-quickbooks-customers/quickbooks-customer-contacts';
import { listenToStageTimings } from '../../src/platform/metrics/stage-timing';
import { OutboxRelay } from '../../src/platform/outbox/outbox-relay';
import { signUp, type SignedUp } from '../support/accounts';
import {
  latestYearOf,
  connectQuickBooks,
  runImport,
  type SandboxedApp,
  shareOneMobile,
  startConnectedApp,
} from '../support/quickbooks';

const company = generateCompany({
  seed: 'imports',
  customers: 100,
  invoices: 300,
  sharedContactShare: 0,
  realmId: '9130000000000201',
});
const active = company.customers.filter((customer) => customer.Active);
const sharers = active.slice(10, 13);
shareOneMobile(sharers, '07911 111222');
const withBadPhone = active[20];
withBadPhone.AlternatePhone = { FreeFormNumber: 'ask at the desk' };

interface ImportView {
  id: string;
  status: string;
  error: string | null;
  contacts: {
    total: number;
    done: number;
    counts: Record<string, number>;
    skipped: { quickBooksId: string; reasons: string[] }[];
    reported: { quickBooksId: string; name: string | null; reasons: string[] }[];
  };
  invoices: { total: number; done: number; counts: Record<string, number>; skipped: unknown[] } | null;
}

describe('importing from QuickBooks', () => {
  let env: SandboxedApp;
  let owner: SignedUp;

  beforeAll(async () => {
    ({ env, owner } = await startConnectedApp([company], company.realmId));
  });

  afterAll(() => env.close());

  /** The account's contacts that a search for `q` finds, through the API. */
  async function contactsFound(account: SignedUp, q: string): Promise<unknown[]> {
    const found = await env.app.http().get('/api/v1/contacts').query({ q }).set(account.auth).expect(200);
    return found.body.data as unknown[];
  }

  it('imports contacts in QuickBooks order and drops the customers whose mobile another holds', async () => {
    const result = await runImport<ImportView>(env, owner, { kind: 'contacts' });

    expect(result.status).toBe('completed');
    expect(result.contacts.total).toBe(active.length);
    expect(result.contacts.done).toBe(active.length);
    const skippedIds = result.contacts.skipped.map((item) => item.quickBooksId);
    expect(skippedIds).toEqual(expect.arrayContaining([sharers[1].Id, sharers[2].Id]));
    expect(skippedIds).not.toContain(sharers[0].Id);
    const sharedSkips = result.contacts.skipped.filter((item) =>
      sharers.some((sharer) => sharer.Id === item.quickBooksId),
    );
    expect(sharedSkips).toHaveLength(2);
    expect(result.contacts.counts.created).toBe(active.length - result.contacts.skipped.length);
    expect(result.contacts.reported).toContainEqual({
      quickBooksId: withBadPhone.Id,
      name: withBadPhone.DisplayName,
      reasons: expect.arrayContaining(['AlternatePhone "ask at the desk" is not a valid phone number; kept as text']),
    });
    expect(await contactsFound(owner, '07911 111222')).toEqual([
      expect.objectContaining({ quickBooksCustomerId: sharers[0].Id, mobile: '+447911111222' }),
    ]);
  });

  it('changes nothing when run again', async () => {
    const again = await runImport<ImportView>(env, owner, { kind: 'contacts' });
    expect(again.contacts.counts.created ?? 0).toBe(0);
    expect(again.contacts.counts.updated ?? 0).toBe(0);
    expect(again.contacts.counts.unchanged).toBe(active.length - again.contacts.skipped.length);
  });

  it("shows a running import's counts so far, and its skipped and reported lists only once it has ended", async () => {
    const ended = await runImport<ImportView>(env, owner, { kind: 'contacts' });
    const setStatus = (status: string) =>
      env.app.app
        .get(EntityManager)
        .getConnection()
        .execute(`update integration_quickbooks_imports set status = ? where id = ?`, [status, ended.id]);
    const view = () =>
      env.app.http().get(`/api/v1/integrations/quickbooks/imports/${ended.id}`).set(owner.auth).expect(200);

    await setStatus('running');
    try {
      const running = (await view()).body as ImportView;
      expect(running.contacts).toEqual({ ...ended.contacts, skipped: null, reported: null });
    } finally {
      await setStatus('completed');
    }
    expect(ended.contacts.skipped.length).toBeGreaterThan(0);
    expect((await view()).body).toEqual(ended);
  });

  it('lists the years QuickBooks has invoices for', async () => {
    const years = await env.app.http().get('/api/v1/integrations/quickbooks/invoice-years').set(owner.auth).expect(200);
    const expected = new Map<number, number>();
    for (const invoice of company.invoices) {
      const year = Number(invoice.TxnDate.slice(0, 4));
      expected.set(year, (expected.get(year) ?? 0) + 1);
    }
    expect(years.body).toEqual(
      [...expected.entries()].sort((a, b) => b[0] - a[0]).map(([year, count]) => ({ year, count })),
    );
  });

  it("imports a year's invoices after the contacts, through a 429 and 500 storm", async () => {
    const year = latestYearOf(company);
    const inYear = company.invoices.filter((invoice) => invoice.TxnDate.startsWith(`${year}-`));
    env.sandbox.admin.setChaos({ share429: 0.2, share500: 0.2 });
    try {
      const result = await runImport<ImportView>(env, owner, { kind: 'invoices', year });
      expect(result.status).toBe('completed');
      expect(result.invoices?.total).toBe(inYear.length);
      expect(result.invoices?.done).toBe(inYear.length);
      const counts = result.invoices?.counts ?? {};
      expect((counts.created ?? 0) + (counts.skipped ?? 0) + (counts.removed ?? 0)).toBe(inYear.length);
    } finally {
      env.sandbox.admin.setChaos({ share429: 0, share500: 0 });
    }
  });

  it('refuses an invoice import without a year, and an import before connecting', async () => {
    const missingYear = await env.app
      .http()
      .post('/api/v1/integrations/quickbooks/imports')
      .set(owner.auth)
      .send({ kind: 'invoices' })
      .expect(400);
    expect(missingYear.body.errors[0].field).toBe('year');
    const stranger = await signUp(env.app);
    const notConnected = await env.app
      .http()
      .post('/api/v1/integrations/quickbooks/imports')
      .set(stranger.auth)
      .send({ kind: 'contacts' })
      .expect(409);
    expect(notConnected.body.code).toBe('INTEGRATION.NOT_CONNECTED');
    await env.app.http().get(`/api/v1/integrations/quickbooks/imports/${owner.userId}`).set(stranger.auth).expect(404);
  });

  it('refuses a second import of the same kind while one is queued, with a problem', async () => {
    const relay = env.app.app.get(OutboxRelay);
    await relay.stop();
    let first: string;
    try {
      first = (
        await env.app
          .http()
          .post('/api/v1/integrations/quickbooks/imports')
          .set(owner.auth)
          .send({ kind: 'contacts' })
          .expect(202)
      ).body.importId as string;
      const second = await env.app
        .http()
        .post('/api/v1/integrations/quickbooks/imports')
        .set(owner.auth)
        .send({ kind: 'contacts', dryRun: true })
        .expect(409);
      expect(second.headers['content-type']).toContain('application/problem+json');
      expect(second.body.code).toBe('INTEGRATION.IMPORT_ALREADY_RUNNING');
    } finally {
      relay.start();
    }
    await eventually(async () => {
      const view = await env.app
        .http()
        .get(`/api/v1/integrations/quickbooks/imports/${first}`)
        .set(owner.auth)
        .expect(200);
      expect(view.body.status).toBe('completed');
    }, 30_000);
    await runImport(env, owner, { kind: 'contacts' });
  });

  it('writes the pages read while an earlier one is written together, ending as they would one after the other', async () => {
    const paged = generateCompany({
      seed: 'imports-together',
      customers: 2500,
      invoices: 1,
      sharedContactShare: 0,
      realmId: '9130000000000204',
    });
    const inOrder = paged.customers.filter((customer) => customer.Active).sort((a, b) => Number(a.Id) - Number(b.Id));
    const [onSecondPage, onThirdPage] = [inOrder[1500], inOrder[2100]];
    shareOneMobile([onSecondPage, onThirdPage], '+44 7911 123456');
    env.sandbox.admin.addCompany(paged);
    const writer = await signUp(env.app);
    await connectQuickBooks(env, writer, { realmId: paged.realmId });

    // While this transaction holds the account's contacts, the first page waits to be written and
    // the other two are read and prepared meanwhile: each has its phone numbers read ahead on
    // Contacts' thread, which the import's stage timings tell.
    let readAhead = 0;
    const stopListening = listenToStageTimings(({ stage }) => {
      if (stage === PHONES_READ_AHEAD_STAGE) readAhead += 1;
    });
    let running: Promise<ImportView & { id: string }> | undefined;
    try {
      await env.app.app
        .get(EntityManager)
        .fork()
        .transactional(async (tx) => {
          await lockAccountContacts(tx, writer.accountId);
          running = runImport<ImportView>(env, writer, { kind: 'contacts' });
          await eventually(() => expect(readAhead).toBe(2), 20_000);
        });
    } finally {
      stopListening();
    }
    const result = await (running as Promise<ImportView & { id: string }>);

    expect(result.status).toBe('completed');
    const pages = await env.app.app.get(EntityManager).getConnection().execute<
      {
        page_key: string;
        xmin: string;
        result: { rows: number; counts: Record<string, number>; skipped: { quickBooksId: string }[] };
      }[]
    >(`select page_key, xmin::text, result from integration_quickbooks_import_pages where import_id = ? order by page_key`, [result.id]);
    const transactionOf = Object.fromEntries(pages.map((page) => [page.page_key, page.xmin]));
    expect(transactionOf['contacts:1001']).toBe(transactionOf['contacts:2001']);
    expect(transactionOf['contacts:1']).not.toBe(transactionOf['contacts:1001']);
    // Each page is recorded with its own customers' outcomes.
    expect(
      pages.map(({ page_key, result: { rows, counts, skipped } }) => [
        page_key,
        rows,
        counts,
        skipped.map((item) => item.quickBooksId),
      ]),
    ).toEqual([
      ['contacts:1', 1000, { created: 1000 }, []],
      ['contacts:1001', 1000, { created: 1000 }, []],
      ['contacts:2001', inOrder.length - 2000, { created: inOrder.length - 2001, skipped: 1 }, [onThirdPage.Id]],
    ]);
    expect(result.contacts.done).toBe(inOrder.length);
    expect(result.contacts.skipped).toEqual([
      {
        quickBooksId: onThirdPage.Id,
        name: onThirdPage.DisplayName,
        reasons: [
          `mobile +447911123456 is already held by the contact of QuickBooks customer ${onSecondPage.Id} (${onSecondPage.DisplayName})`,
        ],
      },
    ]);
    expect(result.contacts.counts).toEqual({ created: inOrder.length - 1, skipped: 1 });
    expect(await contactsFound(writer, '+447911123456')).toEqual([
      expect.objectContaining({ quickBooksCustomerId: onSecondPage.Id, mobile: '+447911123456' }),
    ]);
  });

  it('resumes an import that crashed halfway with the same summary and no duplicates', async () => {
    const bigger = generateCompany({ seed: 'imports-big', customers: 2500, invoices: 1, realmId: '9130000000000202' });
    env.sandbox.admin.addCompany(bigger);
    const other = await signUp(env.app);
    await connectQuickBooks(env, other, { realmId: bigger.realmId });
    const started = await env.app
      .http()
      .post('/api/v1/integrations/quickbooks/imports')
      .set(other.auth)
      .send({ kind: 'contacts' })
      .expect(202);
    const complete = await eventually(async () => {
      const view = await env.app
        .http()
        .get(`/api/v1/integrations/quickbooks/imports/${started.body.importId}`)
        .set(other.auth)
        .expect(200);
      expect(view.body.status).toBe('completed');
      return view.body as ImportView;
    }, 30_000);

    const em = env.app.app.get(EntityManager).fork();
    const run = await em.findOneOrFail(QuickBooksImport, { id: started.body.importId }, { filters: false });
    // The crash: the transaction that wrote the second page (and any page written with it) did not
    // make it to the database, the ones before and after it did (as when two pages are written at
    // once, as invoices are). Pages' contacts and results commit together: the pages that
    // transaction recorded (their rows' xmin) are gone, and so are its contacts (made at one moment).
    const secondPage = bigger.customers
      .filter((customer) => customer.Active)
      .sort((a, b) => Number(a.Id) - Number(b.Id))
      .slice(1000, 2000)
      .map((customer) => customer.Id);
    await em.getConnection().execute(
      `delete from contacts_contacts where account_id = ? and created_at =
         (select distinct created_at from contacts_contacts where account_id = ? and quickbooks_customer_id in (?))`,
      [other.accountId, other.accountId, secondPage],
    );
    const lostPages = await em.getConnection().execute<{ page_key: string }[]>(
      `delete from integration_quickbooks_import_pages where import_id = ? and xmin::text =
         (select xmin::text from integration_quickbooks_import_pages where import_id = ? and page_key = 'contacts:1001')
       returning page_key`,
      [run.id, run.id],
    );
    expect(lostPages.map((page) => page.page_key)).toContain('contacts:1001');
    // Its job is gone (Bull failed it as stalled after two crashes), and nothing moved for an hour.
    run.status = 'running';
    run.finishedAt = null;
    await em.flush();
    const stall = () =>
      em
        .getConnection()
        .execute(`update integration_quickbooks_imports set progressed_at = now() - interval '1 hour' where id = ?`, [
          run.id,
        ]);
    await stall();
    const sweep = env.app.app.get(ResumeStalledQuickBooksImports);
    expect(await sweep.sweep()).toEqual({ resumed: [run.id], failed: [] });

    const resumed = await eventually(async () => {
      const view = await env.app
        .http()
        .get(`/api/v1/integrations/quickbooks/imports/${run.id}`)
        .set(other.auth)
        .expect(200);
      expect(view.body.status).toBe('completed');
      return view.body as ImportView;
    }, 30_000);
    expect(resumed.contacts).toEqual(complete.contacts);
    const contacts = await em
      .getConnection()
      .execute<{ count: string }[]>('select count(*) from contacts_contacts where account_id = ?', [other.accountId]);
    expect(Number(contacts[0].count)).toBe(complete.contacts.counts.created);

    // An import that keeps stalling is failed with the reason once it has been resumed enough.
    await em
      .getConnection()
      .execute(
        `update integration_quickbooks_imports set status = 'running', finished_at = null, resumes = ? where id = ?`,
        [MAX_RESUMES, run.id],
      );
    await stall();
    expect(await sweep.sweep()).toEqual({ resumed: [], failed: [run.id] });
    const failed = await env.app
      .http()
      .get(`/api/v1/integrations/quickbooks/imports/${run.id}`)
      .set(other.auth)
      .expect(200);
    expect(failed.body.status).toBe('failed');
    expect(failed.body.error).toContain('stopped making progress');
  });

  it('writes nothing of a page whose result cannot be recorded, so the retried import counts it once, as a clean import would', async () => {
    const paged = generateCompany({
      seed: 'imports-atomic',
      customers: 2500,
      invoices: 1,
      realmId: '9130000000000203',
    });
    env.sandbox.admin.addCompany(paged);
    const another = await signUp(env.app);
    await connectQuickBooks(env, another, { realmId: paged.realmId });
    const connection = env.app.app.get(EntityManager).getConnection();
    // The second page's result fails to record the first time only (a sequence is not rolled back).
    await connection.execute(
      `create sequence fault_once;
       create function fail_second_page_once() returns trigger language plpgsql as $$
       begin
         if new.page_key = 'contacts:1001' and nextval('fault_once') = 1 then
           raise exception 'the page result could not be recorded';
         end if;
         return new;
       end $$;
       create trigger fail_second_page_once before insert on integration_quickbooks_import_pages
         for each row execute function fail_second_page_once();`,
    );
    let result: ImportView;
    try {
      result = await runImport<ImportView>(env, another, { kind: 'contacts' });
    } finally {
      await connection.execute(
        `drop trigger fail_second_page_once on integration_quickbooks_import_pages;
         drop function fail_second_page_once; drop sequence fault_once;`,
      );
    }

    const activeCustomers = paged.customers.filter((customer) => customer.Active).length;
    expect(result.status).toBe('completed');
    expect(result.contacts.done).toBe(activeCustomers);
    expect(result.contacts.counts.unchanged ?? 0).toBe(0);
    const contacts = await connection.execute<{ count: string }[]>(
      'select count(*) from contacts_contacts where account_id = ?',
      [another.accountId],
    );
    expect(Number(contacts[0].count)).toBe(result.contacts.counts.created);
    expect(result.contacts.counts.created + (result.contacts.counts.skipped ?? 0)).toBe(activeCustomers);
  });
});

describe('an import whose connection is lost before it counts', () => {
  const refused = generateCompany({ seed: 'imports-refused', customers: 20, invoices: 0, realmId: '9130000000000202' });
  let env: SandboxedApp;
  let owner: SignedUp;

  beforeAll(async () => {
    ({ env, owner } = await startConnectedApp([refused], refused.realmId));
  });

  afterAll(() => env.close());

  it('fails with the reason, having counted and written nothing, though its first pages were being read', async () => {
    env.sandbox.admin.revokeConnection(refused.realmId);
    env.sandbox.admin.expireAccessTokens();

    const result = await runImport<ImportView>(env, owner, { kind: 'contacts' });

    expect(result.status).toBe('failed');
    expect(result.error).toMatch(/reconnect/i);
    expect(result.contacts).toMatchObject({ total: null, done: 0 });
  });
});

import { generateCompany } from '../../libs/sandbox/quickbooks/generator';
import { eventually } from '../../libs/testing';
import { Clock, SettableClock } from '../../src/platform/clock/clock';
import { signUp } from '../support/accounts';
import {
  latestYearOf,
  connectQuickBooks,
  runImport,
  startAppWithSandbox,
  type SandboxedApp,
} from '../support/quickbooks';
import { passAt, type SendingApp } from './sending-support';
import { db, stepsOf } from './workflows-support';

const company = generateCompany({
  seed: 'fresh-before-reminder',
  customers: 80,
  invoices: 300,
  realmId: '9130000000001313',
});
const realmId = company.realmId;
const year = latestYearOf(company);
const DAY = 24 * 3600_000;

interface InvoiceRow {
  id: string;
  number: string;
  contactId: string;
  total: { minorUnits: string };
  balance: { minorUnits: string };
}

interface Chased {
  id: string;
  number: string;
  quickBooksId: string;
  /** The contact's mobile as the Vonage sandbox's phone knows it (digits, no +). */
  phone: string;
}

/**
 * Settle's copy of QuickBooks is brought up to date before a reminder goes when it is older than
 * WORKFLOWS_QUICKBOOKS_MAX_STALENESS_SECONDS (180 s): the company's webhooks are switched off after
 * the set-up, so only that re-read can tell Settle what changed in QuickBooks.
 */
describe('workflows: the invoice is checked against QuickBooks before a reminder goes', () => {
  let env: SandboxedApp;
  let s: SendingApp;
  const realNow = new Date();
  const dueDate = new Date(realNow.getTime() + 10 * DAY).toISOString().slice(0, 10);
  /** Three days before the due date at 10:00 UTC: 10:00 in London in winter, an hour late (still sent) in summer. */
  const firstReminderAt = `${new Date(Date.parse(dueDate) - 3 * DAY).toISOString().slice(0, 10)}T10:00:00Z`;
  const firstReminder = [
    { kind: 'reminder', relativeTo: 'due', offsetDays: -3, timeOfDay: '10:00' },
    { kind: 'reminder', relativeTo: 'due', offsetDays: 0, timeOfDay: '10:00' },
    { kind: 'thank_you' },
  ];
  let unused: Chased[] = [];

  beforeAll(async () => {
    const clock = new SettableClock(realNow);
    env = await startAppWithSandbox([company], { app: { overrides: [{ provide: Clock, useValue: clock }] } });
    const owner = await signUp(env.app, { timezone: 'Europe/London', accountName: 'Hartley Plumbing' });
    await connectQuickBooks(env, owner, { realmId });
    s = { app: env.app, vonage: env.vonage, clock, owner, close: () => env.close() };
    expect((await runImport(env, owner, { kind: 'contacts' })).status).toBe('completed');
    expect((await runImport(env, owner, { kind: 'invoices', year })).status).toBe('completed');
    unused = await openInvoicesOfDistinctTextableContacts(11);
    for (const invoice of unused) env.sandbox.user.updateInvoice(realmId, invoice.quickBooksId, { DueDate: dueDate });
    await eventually(async () => {
      for (const invoice of unused) expect((await view(invoice.id)).dueDate).toBe(dueDate);
    }, 30_000);
    env.sandbox.admin.configureWebhooks({ dropNext: 1_000_000 });
  }, 120_000);

  afterAll(() => env.close());

  async function view(id: string): Promise<Record<string, unknown>> {
    return (await env.app.http().get(`/api/v1/invoices/${id}`).set(s.owner.auth).expect(200)).body;
  }

  async function openInvoicesOfDistinctTextableContacts(count: number): Promise<Chased[]> {
    const page = await env.app.http().get('/api/v1/invoices?limit=100&status=open').set(s.owner.auth).expect(200);
    const overdue = await env.app.http().get('/api/v1/invoices?limit=100&status=overdue').set(s.owner.auth).expect(200);
    const found: Chased[] = [];
    const contacts = new Set<string>();
    for (const row of [...page.body.data, ...overdue.body.data] as InvoiceRow[]) {
      if (found.length === count) break;
      if (contacts.has(row.contactId) || row.balance.minorUnits !== row.total.minorUnits) continue;
      const contact = await env.app.http().get(`/api/v1/contacts/${row.contactId}`).set(s.owner.auth).expect(200);
      if (!contact.body.mobile || contact.body.optedOut) continue;
      contacts.add(row.contactId);
      const shown = await view(row.id);
      found.push({
        id: row.id,
        number: row.number,
        quickBooksId: (shown.quickBooks as { id: string }).id,
        phone: (contact.body.mobile as string).slice(1),
      });
    }
    expect(found).toHaveLength(count);
    return found;
  }

  /** Invoices not used by an earlier test, each with the workflow attached while the clock reads the real time. */
  async function chased(count: number, steps: Record<string, unknown>[] = firstReminder): Promise<Chased[]> {
    const taken = unused.splice(0, count);
    s.clock.set(realNow);
    for (const invoice of taken)
      await env.app.http().put(`/api/v1/invoices/${invoice.id}/workflow`).set(s.owner.auth).send({ steps }).expect(200);
    return taken;
  }

  /** The last catch-up with QuickBooks happened this long before now. */
  async function lastSyncedAgo(ms: number): Promise<Date> {
    const [row] = await db(env.app).execute<{ cdc_cursor: string }[]>(
      `update integration_quickbooks_connections set cdc_cursor = now() - make_interval(secs => ?) returning cdc_cursor`,
      [ms / 1000],
    );
    return new Date(row.cdc_cursor);
  }

  const requests = () => env.sandbox.admin.apiRequests(realmId);
  const texts = (invoice: Chased) =>
    env.vonage.admin
      .textsTo(invoice.phone)
      .filter((text) => text.direction === 'received')
      .map((text) => text.text);

  async function occurrences(invoice: Chased) {
    return (await stepsOf(env.app, s.owner, invoice.id)).map((step) =>
      step.occurrences.map((o) => ({ state: o.state, reason: o.reason, quickBooksAsOf: o.quickBooksAsOf })),
    );
  }

  it('an invoice paid in QuickBooks, of which no webhook told Settle: the reminder is skipped, the thank-you goes once, later reminders are cancelled', async () => {
    const [invoice] = await chased(1);
    await lastSyncedAgo(10 * 60_000);
    const balance = Number(((await view(invoice.id)).balance as { minorUnits: string }).minorUnits);
    env.sandbox.user.receivePayment(realmId, { invoiceId: invoice.quickBooksId, amount: balance / 100 });
    await env.sandbox.admin.flushWebhooks();

    await passAt(s, firstReminderAt);

    await eventually(async () => expect((await occurrences(invoice))[2]).toHaveLength(1));
    await passAt(s, s.clock.now());
    await eventually(() => expect(texts(invoice)).toHaveLength(1));
    expect(texts(invoice)[0]).toContain(`thank you for paying invoice ${invoice.number}`);
    const [first, second, thankYou] = await occurrences(invoice);
    expect(first).toEqual([{ state: 'skipped', reason: 'paid', quickBooksAsOf: expect.any(String) }]);
    expect(Date.now() - Date.parse(first[0].quickBooksAsOf as string)).toBeLessThan(60_000);
    expect(second).toEqual([{ state: 'cancelled', reason: 'paid', quickBooksAsOf: null }]);
    expect(thankYou).toEqual([{ state: 'sent', reason: null, quickBooksAsOf: null }]);
    expect((await view(invoice.id)).status).toBe('paid');
    await passAt(s, new Date(Date.parse(firstReminderAt) + 4 * DAY));
    expect(texts(invoice)).toHaveLength(1);
  });

  it.each([
    { how: 'voided', change: (id: string) => env.sandbox.user.voidInvoice(realmId, id) },
    { how: 'deleted', change: (id: string) => env.sandbox.user.deleteInvoice(realmId, id) },
  ])(
    'an invoice $how in QuickBooks, of which no webhook told Settle: the reminder is skipped and everything cancelled',
    async ({ change }) => {
      const [invoice] = await chased(1);
      await lastSyncedAgo(10 * 60_000);
      change(invoice.quickBooksId);
      await env.sandbox.admin.flushWebhooks();

      await passAt(s, firstReminderAt);

      await eventually(async () =>
        expect((await occurrences(invoice)).flat().map(({ state, reason }) => [state, reason])).toEqual([
          ['skipped', 'removed'],
          ['cancelled', 'removed'],
        ]),
      );
      await passAt(s, new Date(Date.parse(firstReminderAt) + 4 * DAY));
      expect(texts(invoice)).toEqual([]);
    },
  );

  it('a copy younger than the staleness allowed: the reminder goes without a call to QuickBooks', async () => {
    const [invoice] = await chased(1);
    const cursor = await lastSyncedAgo(30_000);
    const before = requests();

    await passAt(s, firstReminderAt);

    await eventually(() => expect(texts(invoice)).toHaveLength(1));
    expect(requests()).toBe(before);
    expect((await occurrences(invoice))[0]).toEqual([
      { state: 'sent', reason: null, quickBooksAsOf: cursor.toISOString() },
    ]);
  });

  it('many reminders of one company due at once: one read of QuickBooks for all of them', async () => {
    const invoices = await chased(5);
    await lastSyncedAgo(10 * 60_000);
    const before = requests();

    await passAt(s, firstReminderAt);

    for (const invoice of invoices) await eventually(() => expect(texts(invoice)).toHaveLength(1));
    const asOf = new Set<string | null>();
    for (const invoice of invoices) {
      const [[first]] = await occurrences(invoice);
      expect(first.state).toBe('sent');
      asOf.add(first.quickBooksAsOf);
    }
    // Every reminder was decided on the cursor of one pass (each pass moves it to when it started)...
    expect([...asOf]).toEqual([expect.any(String)]);
    // ...which cost one CDC request, and one query for a QuickBooks customer with no contact in Settle.
    expect(requests() - before).toBeLessThanOrEqual(2);
  });

  it("QuickBooks cannot be reached: the reminders go on Settle's own copy, which each records, and QuickBooks is not asked again for each", async () => {
    const invoices = await chased(2);
    const cursor = await lastSyncedAgo(10 * 60_000);
    env.sandbox.admin.setChaos({ share500: 1 });
    const before = requests();
    try {
      await passAt(s, firstReminderAt);
    } finally {
      env.sandbox.admin.setChaos({ share500: 0 });
    }

    for (const invoice of invoices) {
      await eventually(() => expect(texts(invoice)).toHaveLength(1));
      expect((await occurrences(invoice))[0]).toEqual([
        { state: 'sent', reason: null, quickBooksAsOf: cursor.toISOString() },
      ]);
    }
    const attempts = requests() - before;
    // One pass tried (with the client's retries), then remembered as failed for the other reminder.
    expect(attempts).toBeGreaterThan(0);
    expect(attempts).toBeLessThanOrEqual(6);
  });
});

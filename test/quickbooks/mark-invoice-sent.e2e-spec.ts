import { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../libs/ids';
import type { QboInvoice } from '../../libs/quickbooks/qbo-types';
import { generateCompany } from '../../libs/sandbox/quickbooks/generator';
import { eventually } from '../../libs/testing';
import { QuickBooksChangeNoticeRecord } from '../../src/modules/integration/domain/quickbooks-change-notice.record';
import { InvoiceSentEvent } from '../../src/modules/invoicing/contracts';
import { AccountScope } from '../../src/platform/database/account-scope';
import { Outbox } from '../../src/platform/outbox/outbox';
import { type SignedUp } from '../support/accounts';
import { latestYearOf, runImport, type SandboxedApp, startConnectedApp } from '../support/quickbooks';

const company = generateCompany({
  seed: 'mark-invoice-sent',
  customers: 12,
  invoices: 120,
  sharedContactShare: 0,
  realmId: '9130000000000601',
});
const realmId = company.realmId;
const year = latestYearOf(company);
const isOpen = (invoice: QboInvoice) =>
  invoice.Balance > 0 && !invoice.PrivateNote?.startsWith('Voided') && invoice.TxnDate.startsWith(String(year));
// Each open invoice carries a note of the business's own, there before Settle imports it.
for (const invoice of company.invoices.filter(isOpen)) invoice.PrivateNote = `Gate code ${invoice.DocNumber}`;

interface SettleInvoice {
  id: string;
  number: string;
  dueDate: string | null;
  lastAction: { kind: string };
  quickBooks: { id: string; syncToken: string };
}

interface Mark {
  status: string;
  outcome: string | null;
  written_sync_token: string | null;
}

describe('an invoice sent from Settle is marked sent in QuickBooks', () => {
  let env: SandboxedApp;
  let owner: SignedUp;
  let available: SettleInvoice[];

  beforeAll(async () => {
    ({ env, owner } = await startConnectedApp([company], realmId));
    const run = await runImport(env, owner, { kind: 'invoices', year });
    expect(run.status).toBe('completed');
    const numbers = new Set(company.invoices.filter(isOpen).map((invoice) => invoice.DocNumber));
    const page = await env.app.http().get('/api/v1/invoices?limit=100').set(owner.auth).expect(200);
    const rows = (page.body.data as { id: string; number: string }[]).filter((row) => numbers.has(row.number));
    available = await Promise.all(rows.map((row) => settleInvoice(row.id)));
    expect(available.length).toBeGreaterThanOrEqual(5);
  });

  afterAll(() => env.close());

  async function settleInvoice(id: string): Promise<SettleInvoice> {
    const response = await env.app.http().get(`/api/v1/invoices/${id}`).set(owner.auth).expect(200);
    return response.body as SettleInvoice;
  }

  /** An imported open invoice no other test uses. */
  function takeInvoice(): SettleInvoice {
    const invoice = available.shift();
    if (!invoice) throw new Error('No imported open invoice left for this test');
    return invoice;
  }

  const inQuickBooks = (invoice: SettleInvoice) => env.sandbox.user.read(realmId, 'Invoice', invoice.quickBooks.id);
  const db = () => env.app.app.get(EntityManager).fork().getConnection();

  /** Raises InvoiceSentEvent as Invoicing does: recorded through the outbox in a transaction. */
  async function sent(invoice: SettleInvoice, messageId: string, sentAt: string): Promise<InvoiceSentEvent> {
    const event = new InvoiceSentEvent(
      owner.accountId,
      invoice.id,
      invoice.quickBooks.id,
      owner.userId,
      sentAt,
      messageId,
    );
    const outbox = env.app.app.get(Outbox);
    await env.app.app.get(AccountScope).transaction(owner.accountId, async (em) => outbox.record(em, event));
    return event;
  }

  async function handled(event: InvoiceSentEvent): Promise<void> {
    await eventually(async () => {
      const rows = await db().execute<{ count: string }[]>(
        'select count(*) from platform_handled_events where event_id = ?',
        [event.eventId],
      );
      expect(Number(rows[0].count)).toBe(1);
    });
  }

  async function marksOf(messageId: string): Promise<Mark[]> {
    return db().execute<Mark[]>(
      'select status, outcome, written_sync_token from integration_quickbooks_sent_marks where message_id = ?',
      [messageId],
    );
  }

  async function settledMark(messageId: string): Promise<Mark> {
    return eventually(async () => {
      const [mark] = await marksOf(messageId);
      expect(['written', 'unchanged', 'not_written', 'failed']).toContain(mark?.status);
      return mark;
    });
  }

  it("appends the line under the user's note, leaves EmailStatus alone, emails nobody, and knows the echo as its own", async () => {
    const invoice = takeInvoice();
    const before = inQuickBooks(invoice);
    const messageId = newId();

    await sent(invoice, messageId, '2026-12-01T10:32:00Z');

    const mark = await settledMark(messageId);
    expect(mark.status).toBe('written');
    const after = inQuickBooks(invoice);
    expect(after.PrivateNote).toBe(`Gate code ${invoice.number}\nSent by SMS via Settle 2026-12-01 10:32`);
    expect(after.SyncToken).toBe(mark.written_sync_token);
    expect(after.EmailStatus).toBe(before.EmailStatus);
    expect(after.DeliveryInfo).toBeUndefined();
    expect({
      ...after,
      PrivateNote: before.PrivateNote,
      SyncToken: before.SyncToken,
      MetaData: before.MetaData,
    }).toEqual(before);
    expect(env.sandbox.admin.emailsSent(realmId)).toEqual([]);

    const echo = await eventually(async () => {
      const notices = await env.app.app
        .get(EntityManager)
        .fork()
        .find(QuickBooksChangeNoticeRecord, { realmId, entity: 'Invoice', entityId: invoice.quickBooks.id });
      const processed = notices.find((notice) => notice.processedAt !== null);
      expect(processed).toBeDefined();
      return processed as QuickBooksChangeNoticeRecord;
    });
    expect(echo.outcome).toContain("Settle's own note in QuickBooks");
    expect(echo.outcome).toContain('unchanged');
    expect((await settleInvoice(invoice.id)).lastAction.kind).toBe('imported');
  });

  it("re-reads and retries when a user changed the invoice in between, keeping the user's edit", async () => {
    const invoice = takeInvoice();
    const messageId = newId();
    env.sandbox.admin.beforeNextApiUpdate(realmId, 'Invoice', invoice.quickBooks.id, () => {
      env.sandbox.user.updateInvoice(realmId, invoice.quickBooks.id, {
        DueDate: '2027-03-31',
        PrivateNote: `Gate code ${invoice.number}\nBack door`,
      });
    });

    await sent(invoice, messageId, '2026-12-01T11:05:00Z');

    expect((await settledMark(messageId)).status).toBe('written');
    const after = inQuickBooks(invoice);
    expect(after.DueDate).toBe('2027-03-31');
    expect(after.PrivateNote).toBe(`Gate code ${invoice.number}\nBack door\nSent by SMS via Settle 2026-12-01 11:05`);
    // The user's edit reaches Settle as a QuickBooks update, whichever of the two webhooks brings it.
    await eventually(async () => {
      const shown = await settleInvoice(invoice.id);
      expect(shown.dueDate).toBe('2027-03-31');
      expect(shown.lastAction.kind).toBe('updated_from_quickbooks');
    });
  });

  it('writes nothing while the account has the setting off', async () => {
    const invoice = takeInvoice();
    const before = inQuickBooks(invoice);
    const off = await env.app
      .http()
      .patch('/api/v1/account/settings')
      .set(owner.auth)
      .send({ markSentInQuickBooks: false })
      .expect(200);
    expect(off.body.markSentInQuickBooks).toBe(false);
    try {
      const messageId = newId();
      await handled(await sent(invoice, messageId, '2026-12-01T12:00:00Z'));

      expect(await marksOf(messageId)).toEqual([]);
      expect(inQuickBooks(invoice)).toEqual(before);
    } finally {
      await env.app
        .http()
        .patch('/api/v1/account/settings')
        .set(owner.auth)
        .send({ markSentInQuickBooks: true })
        .expect(200);
    }
  });

  it('adds one line for a duplicated event, and none for a second send in the same minute', async () => {
    const invoice = takeInvoice();
    const messageId = newId();
    const first = await sent(invoice, messageId, '2026-12-01T13:15:00Z');
    const duplicate = await sent(invoice, messageId, '2026-12-01T13:15:00Z');
    await handled(first);
    await handled(duplicate);

    expect((await settledMark(messageId)).status).toBe('written');
    expect(await marksOf(messageId)).toHaveLength(1);
    const line = 'Sent by SMS via Settle 2026-12-01 13:15';
    expect(inQuickBooks(invoice).PrivateNote).toBe(`Gate code ${invoice.number}\n${line}`);

    const again = newId();
    await sent(invoice, again, '2026-12-01T13:15:40Z');
    expect(await settledMark(again)).toMatchObject({ status: 'unchanged', outcome: 'the line is already in the note' });
    expect(inQuickBooks(invoice).PrivateNote).toBe(`Gate code ${invoice.number}\n${line}`);
  });

  it("leaves a note the user has filled to QuickBooks' limit alone", async () => {
    const invoice = takeInvoice();
    const full = 'x'.repeat(3990);
    env.sandbox.user.updateInvoice(realmId, invoice.quickBooks.id, { PrivateNote: full });
    const messageId = newId();

    await sent(invoice, messageId, '2026-12-01T14:00:00Z');

    const mark = await settledMark(messageId);
    expect(mark.status).toBe('not_written');
    expect(mark.outcome).toContain('the note is full');
    expect(inQuickBooks(invoice).PrivateNote).toBe(full);
  });
});

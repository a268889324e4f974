import { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { eventually } from '../../libs/testing';
import type { DomainEvent } from '../../src/platform/outbox/domain-event';
import { AccountScope } from '../../src/platform/database/account-scope';
import { Outbox } from '../../src/platform/outbox/outbox';
import { DueOccurrencesPass } from '../../src/modules/workflows/use-cases/send-due-occurrences/due-occurrences.pass';
import type { QuickBooksInvoiceRecord } from '../../src/modules/invoicing/contracts';
import { invoiceRecord } from '../invoicing/support/invoice-record.mother';
import { upsertInvoices } from '../invoicing/support/invoices';
import type { SignedUp } from '../support/accounts';
import type { TestApp } from '../support/test-app';

export interface Occurrence {
  id: string;
  index: number;
  state: string;
  dueAt: string;
  reason: string | null;
  sentAt: string | null;
  messageId: string | null;
  text: string | null;
  quickBooksAsOf: string | null;
}

export interface InvoiceStep {
  id: string;
  kind: string;
  offsetDays?: number;
  timeOfDay?: string;
  occurrences: Occurrence[];
}

let quickBooksIds = Math.floor(Math.random() * 1_000_000);

/** An invoice from QuickBooks, due on `dueDate`, for `contactId` (a new contact id unless given). */
export async function importInvoice(
  app: TestApp,
  owner: SignedUp,
  dueDate: string,
  contactId: string = randomUUID(),
): Promise<string> {
  return (await importInvoiceRecord(app, owner, dueDate, contactId)).invoiceId;
}

/** The same, answering the QuickBooks record too (to void it later). */
export async function importInvoiceRecord(
  app: TestApp,
  owner: SignedUp,
  dueDate: string,
  contactId: string,
): Promise<{ invoiceId: string; record: QuickBooksInvoiceRecord }> {
  quickBooksIds += 1;
  const record = invoiceRecord({ quickBooksId: String(quickBooksIds), docNumber: `W-${quickBooksIds}`, dueDate });
  const [outcome] = await upsertInvoices(app, owner.accountId, [record], { contactId });
  return { invoiceId: outcome.invoiceId as string, record };
}

export async function stepsOf(app: TestApp, owner: SignedUp, invoiceId: string): Promise<InvoiceStep[]> {
  const response = await app.http().get(`/api/v1/invoices/${invoiceId}/workflow`).set(owner.auth).expect(200);
  return response.body.steps as InvoiceStep[];
}

/** Records an event through the outbox, as the context that raises it does, and waits until every consumer handled it. */
export async function raise(app: TestApp, accountId: string, event: DomainEvent): Promise<void> {
  const outbox = app.app.get(Outbox);
  await app.app.get(AccountScope).transaction(accountId, async (em) => outbox.record(em, event));
  await eventually(async () => {
    const rows = await db(app).execute<{ settled_at: Date | null }[]>(
      'select settled_at from platform_outbox where id = ?',
      [event.eventId],
    );
    expect(rows[0]?.settled_at).toBeTruthy();
  });
}

export function db(app: TestApp) {
  return app.app.get(EntityManager).fork().getConnection();
}

export function duePass(app: TestApp): DueOccurrencesPass {
  return app.app.get(DueOccurrencesPass, { strict: false });
}

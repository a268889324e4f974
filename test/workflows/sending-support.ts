import type { VonageSandbox } from '../../libs/sandbox/vonage';
import { eventually } from '../../libs/testing';
import type { QuickBooksInvoiceRecord } from '../../src/modules/invoicing/contracts';
import { Clock, SettableClock } from '../../src/platform/clock/clock';
import { signUp, type SignedUp } from '../support/accounts';
import { createContact } from '../support/contacts';
import type { TestApp } from '../support/test-app';
import { startAppWithVonage } from '../support/vonage';
import { db, duePass, importInvoiceRecord, stepsOf, type InvoiceStep } from './workflows-support';

/** Settle texting through a Vonage sandbox, on a clock the test moves, for a business in London. */
export interface SendingApp {
  app: TestApp;
  vonage: VonageSandbox;
  clock: SettableClock;
  owner: SignedUp;
  close(): Promise<void>;
}

export async function startSendingApp(at: string): Promise<SendingApp> {
  const clock = new SettableClock(new Date(at));
  const { app, vonage, close } = await startAppWithVonage({
    app: { overrides: [{ provide: Clock, useValue: clock }] },
  });
  const owner = await signUp(app, { timezone: 'Europe/London', accountName: 'Hartley Plumbing' });
  return { app, vonage, clock, owner, close };
}

export interface ChasedInvoice {
  invoiceId: string;
  /** As QuickBooks sent it (to void it). */
  record: QuickBooksInvoiceRecord;
  contactId: string;
  /** The contact's mobile as the sandbox's phone knows it (digits, no +). */
  phone: string;
  steps(): Promise<InvoiceStep[]>;
  /** What the contact's phone received, oldest first. */
  texts(): string[];
  /** Waits until the phone has received `count` texts. */
  hasReceived(count: number): Promise<void>;
}

/** A contact with a mobile, an invoice of theirs due on `dueDate`, and `steps` attached to it. */
export async function chasedInvoice(
  s: SendingApp,
  dueDate: string,
  steps: Record<string, unknown>[],
): Promise<ChasedInvoice> {
  const contact = await createContact(s.app, s.owner, { firstName: 'Sam' });
  const { invoiceId, record } = await importInvoiceRecord(s.app, s.owner, dueDate, contact.id);
  await s.app.http().put(`/api/v1/invoices/${invoiceId}/workflow`).set(s.owner.auth).send({ steps }).expect(200);
  const phone = (contact.mobile as string).slice(1);
  const texts = () =>
    s.vonage.admin
      .textsTo(phone)
      .filter((text) => text.direction === 'received')
      .map((text) => text.text);
  return {
    invoiceId,
    record,
    contactId: contact.id,
    phone,
    steps: () => stepsOf(s.app, s.owner, invoiceId),
    texts,
    hasReceived: (count) => eventually(() => expect(texts()).toHaveLength(count)),
  };
}

/**
 * Moves the clock to `at` and runs the due pass as the worker does every few seconds, then waits
 * until every occurrence it woke has settled (sent, skipped, missed).
 */
export async function passAt(s: SendingApp, at: string | Date): Promise<void> {
  s.clock.set(at);
  await duePass(s.app).run();
  await settled(s);
}

export async function settled(s: SendingApp): Promise<void> {
  await eventually(async () => {
    const [row] = await db(s.app).execute<{ count: string }[]>(
      "select count(*) from workflows_occurrences where state = 'sending'",
    );
    expect(Number(row.count)).toBe(0);
  });
}

/** Each occurrence of the invoice's steps as [state, dueAt, reason], step by step. */
export async function statesOf(invoice: ChasedInvoice): Promise<(string | null)[][][]> {
  return (await invoice.steps()).map((step) => step.occurrences.map((o) => [o.state, o.dueAt, o.reason]));
}

export const minuteBefore = (instant: string) => new Date(Date.parse(instant) - 60_000);

export const REMINDER_TEXT =
  /^Hi Sam, a reminder from Hartley Plumbing: invoice W-\d+ for £120\.00 is due \d+ \w+ 2026\. Pay here: http:\/\/127\.0\.0\.1:\d+\/p\/[\w-]+$/;

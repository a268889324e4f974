import { CommandBus } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { eventually } from '../../libs/testing';
import { ApplyPaymentToInvoiceCommand, InvoicePaidEvent } from '../../src/modules/invoicing/contracts';
import { AccountScope } from '../../src/platform/database/account-scope';
import { voidedRevisionOf } from '../invoicing/support/invoice-record.mother';
import { upsertInvoices } from '../invoicing/support/invoices';
import {
  chasedInvoice,
  passAt,
  REMINDER_TEXT,
  startSendingApp,
  statesOf,
  type ChasedInvoice,
  type SendingApp,
} from './sending-support';
import { raise } from './workflows-support';

const chase = [
  { kind: 'reminder', relativeTo: 'due', offsetDays: -3, timeOfDay: '10:00' },
  { kind: 'reminder', relativeTo: 'due', offsetDays: 0, timeOfDay: '10:00' },
  { kind: 'reminder', relativeTo: 'due', offsetDays: 2, timeOfDay: '10:00', repeatEveryDays: 7, maxRepeats: 3 },
];
const thankYou = { kind: 'thank_you' };
const THANK_YOU_TEXT = /^Hi Sam, thank you for paying invoice W-\d+\. Hartley Plumbing$/;

describe('workflows: what stops reminders mid-schedule, and the thank-you', () => {
  let s: SendingApp;

  beforeAll(async () => {
    s = await startSendingApp('2026-06-01T12:00:00Z');
  });

  afterAll(() => s.close());

  /** Due 10 June: the first reminder (7 June, 10:00 BST) goes; the rest is what the test stops. */
  async function chasedTillFirstReminder(steps: Record<string, unknown>[]): Promise<ChasedInvoice> {
    s.clock.set('2026-06-01T12:00:00Z');
    const invoice = await chasedInvoice(s, '2026-06-10', steps);
    await passAt(s, '2026-06-07T09:00:00Z');
    await invoice.hasReceived(1);
    expect(invoice.texts()[0]).toMatch(REMINDER_TEXT);
    await passAt(s, '2026-06-08T12:00:00Z');
    return invoice;
  }

  /** As the payment saga does: inside its transaction, InvoicePaid then follows through the outbox. */
  function pay(invoiceId: string, paymentId = randomUUID()) {
    return s.app.app
      .get(AccountScope)
      .transaction(s.owner.accountId, () =>
        s.app.app
          .get(CommandBus)
          .execute(
            new ApplyPaymentToInvoiceCommand(
              s.owner.accountId,
              invoiceId,
              paymentId,
              '12000',
              'GBP',
              'stripe',
              s.clock.now().toISOString(),
            ),
          ),
      );
  }

  /** The first reminder went; the two after it (the due day's, the repeating one) end cancelled for `reason`. */
  async function laterRemindersCancelled(invoice: ChasedInvoice, reason: string): Promise<void> {
    await eventually(async () =>
      expect((await statesOf(invoice)).flat().map(([state, , why]) => [state, why])).toEqual([
        ['sent', null],
        ['cancelled', reason],
        ['cancelled', reason],
      ]),
    );
  }

  /** Runs the clock past every later reminder of the schedule. */
  async function restOfSchedule(): Promise<void> {
    for (const at of ['2026-06-10T09:00:00Z', '2026-06-12T09:00:00Z', '2026-06-19T09:00:00Z', '2026-07-10T09:00:00Z'])
      await passAt(s, at);
  }

  it('paid mid-schedule: the reminders stop and the thank-you (the default text) is sent exactly once', async () => {
    const invoice = await chasedTillFirstReminder([...chase, thankYou]);
    const paymentId = randomUUID();
    expect(await pay(invoice.invoiceId, paymentId)).toMatchObject({ outcome: 'applied' });
    await eventually(async () => expect((await statesOf(invoice))[3]).toHaveLength(1));
    await passAt(s, s.clock.now());
    await invoice.hasReceived(2);
    expect(invoice.texts()[1]).toMatch(THANK_YOU_TEXT);

    expect(await pay(invoice.invoiceId, paymentId)).toMatchObject({ outcome: 'already_applied' });
    await raise(
      s.app,
      s.owner.accountId,
      new InvoicePaidEvent(s.owner.accountId, invoice.invoiceId, s.clock.now().toISOString(), 'quickbooks'),
    );
    await restOfSchedule();
    expect(invoice.texts()).toHaveLength(2);
    const states = await statesOf(invoice);
    expect(states.map((step) => step.map(([state, , reason]) => [state, reason]))).toEqual([
      [['sent', null]],
      [['cancelled', 'paid']],
      [['cancelled', 'paid']],
      [['sent', null]],
    ]);
  });

  it('paid with no thank-you step: the reminders stop and nothing more is sent', async () => {
    const invoice = await chasedTillFirstReminder(chase);
    await pay(invoice.invoiceId);
    await eventually(async () =>
      expect((await statesOf(invoice))[1]).toEqual([[expect.any(String), expect.any(String), 'paid']]),
    );
    await restOfSchedule();
    expect(invoice.texts()).toHaveLength(1);
    expect((await statesOf(invoice)).flat().map(([state]) => state)).toEqual(['sent', 'cancelled', 'cancelled']);
  });

  it.each([
    {
      how: 'voided in QuickBooks',
      remove: (invoice: ChasedInvoice) =>
        upsertInvoices(s.app, s.owner.accountId, [voidedRevisionOf(invoice.record)], { contactId: invoice.contactId }),
    },
    {
      how: 'removed from Settle (DELETE)',
      remove: (invoice: ChasedInvoice) =>
        s.app.http().delete(`/api/v1/invoices/${invoice.invoiceId}`).set(s.owner.auth).expect(204),
    },
  ])('$how mid-schedule: everything is cancelled, nothing more is sent', async ({ remove }) => {
    const invoice = await chasedTillFirstReminder([...chase, thankYou]);
    await remove(invoice);
    await laterRemindersCancelled(invoice, 'removed');
    await restOfSchedule();
    expect(invoice.texts()).toHaveLength(1);
  });

  it('the contact texts STOP mid-schedule: the reminders are cancelled, only the opt-out confirmation follows', async () => {
    const invoice = await chasedTillFirstReminder([...chase, thankYou]);
    await s.vonage.admin.injectInbound({ from: invoice.phone, text: 'STOP' });
    await laterRemindersCancelled(invoice, 'opted_out');
    await restOfSchedule();
    await invoice.hasReceived(2);
    expect(invoice.texts()[1]).toContain('You will no longer receive texts from Hartley Plumbing');
  });
});

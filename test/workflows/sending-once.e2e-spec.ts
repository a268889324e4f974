import { Clock } from '../../src/platform/clock/clock';
import { CommandBus } from '@nestjs/cqrs';
import { SendInvoiceTextCommand } from '../../src/modules/invoicing/contracts';
import { DEFAULT_STEP_TEXTS } from '../../src/modules/workflows/domain/default-texts';
import { OccurrenceSender } from '../../src/modules/workflows/use-cases/send-due-occurrences/occurrence-sender';
import { startTestApp } from '../support/test-app';
import { chasedInvoice, passAt, settled, startSendingApp, statesOf, type SendingApp } from './sending-support';
import { db, duePass } from './workflows-support';

const onTheDay = [{ kind: 'reminder', relativeTo: 'due', offsetDays: 0, timeOfDay: '10:00' }];

describe('workflows: each text sent once, whatever happens to the workers', () => {
  let s: SendingApp;

  beforeAll(async () => {
    s = await startSendingApp('2026-06-01T12:00:00Z');
  });

  afterAll(() => s.close());

  /** Claims the due occurrence as the pass does (`sending`, one attempt) but loses its job. */
  async function claimWithoutJob(invoiceId: string): Promise<string> {
    const [row] = await db(s.app).execute<{ id: string }[]>(
      `update workflows_occurrences set state = 'sending', attempts = attempts + 1, updated_at = ?
        where invoice_id = ? and state = 'scheduled' returning id`,
      [s.clock.now(), invoiceId],
    );
    return row.id;
  }

  it('a worker killed mid-send (occurrence left sending, its job lost) sends the text once, after the sweep', async () => {
    s.clock.set('2026-06-01T12:00:00Z');
    const beforeSending = await chasedInvoice(s, '2026-06-10', onTheDay);
    const afterQueueing = await chasedInvoice(s, '2026-06-10', onTheDay);
    s.clock.set('2026-06-10T09:00:00Z');
    await claimWithoutJob(beforeSending.invoiceId);
    // This worker got as far as queueing the text through Invoicing and Messaging, then died.
    const queued = await claimWithoutJob(afterQueueing.invoiceId);
    await s.app.app
      .get(CommandBus)
      .execute(
        new SendInvoiceTextCommand(
          s.owner.accountId,
          afterQueueing.invoiceId,
          'reminder',
          { text: DEFAULT_STEP_TEXTS.reminder },
          queued,
        ),
      );
    await afterQueueing.hasReceived(1);

    s.clock.set('2026-06-10T09:14:00Z');
    await duePass(s.app).run();
    expect((await statesOf(beforeSending)).flat()[0][0]).toBe('sending');
    await passAt(s, '2026-06-10T09:15:00Z'); // 15 minutes on: the sweep gives both another job
    await beforeSending.hasReceived(1);
    await passAt(s, '2026-06-10T10:00:00Z');
    expect(beforeSending.texts()).toHaveLength(1);
    expect(afterQueueing.texts()).toHaveLength(1);
    for (const invoice of [beforeSending, afterQueueing]) {
      const [[occurrence]] = (await invoice.steps()).map((step) => step.occurrences);
      expect(occurrence).toMatchObject({ state: 'sent', sentAt: '2026-06-10T09:15:00.000Z' });
    }
    const [{ id }] = (await afterQueueing.steps())[0].occurrences;
    expect(id).toBe(queued);
  });

  it('two workers racing (their passes and a duplicated job) send each text once', async () => {
    s.clock.set('2026-07-01T12:00:00Z');
    const invoices = await Promise.all(Array.from({ length: 12 }, () => chasedInvoice(s, '2026-07-10', onTheDay)));
    const second = await startTestApp({ overrides: [{ provide: Clock, useValue: s.clock }] });
    try {
      s.clock.set('2026-07-10T09:00:00Z');
      const passes = [duePass(s.app), duePass(second)];
      await Promise.all([...passes.map((pass) => pass.run()), ...passes.map((pass) => pass.claimBatch())]);
      const [{ id }] = (await invoices[0].steps())[0].occurrences;
      const senders = [s.app, second].map((app) => app.app.get(OccurrenceSender, { strict: false }));
      await Promise.all(senders.map((sender) => sender.send(s.owner.accountId, id)));
      await settled(s);
      for (const invoice of invoices) await invoice.hasReceived(1);
      await passAt(s, '2026-07-10T10:00:00Z');
      for (const invoice of invoices) expect(invoice.texts()).toHaveLength(1);
      const messageIds = new Set(
        (await Promise.all(invoices.map((invoice) => invoice.steps()))).map(([step]) => step.occurrences[0].messageId),
      );
      expect(messageIds.size).toBe(12);
    } finally {
      await second.app.close();
    }
  });
});

import {
  chasedInvoice,
  minuteBefore,
  passAt,
  REMINDER_TEXT,
  startSendingApp,
  statesOf,
  type ChasedInvoice,
  type SendingApp,
} from './sending-support';

const reminder = (offsetDays: number, timeOfDay: string, repeat: Record<string, number> = {}) => ({
  kind: 'reminder',
  relativeTo: 'due',
  offsetDays,
  timeOfDay,
  ...repeat,
});

describe('workflows: texts sent at their local time, through the Vonage sandbox', () => {
  let s: SendingApp;

  beforeAll(async () => {
    s = await startSendingApp('2026-03-20T12:00:00Z');
  });

  afterAll(() => s.close());

  /** Walks the clock through `instants`: a minute early nothing goes, on time one more text arrives. */
  async function expectTextsAt(invoice: ChasedInvoice, instants: string[]) {
    for (const [sent, instant] of instants.entries()) {
      await passAt(s, minuteBefore(instant));
      expect(invoice.texts()).toHaveLength(sent);
      await passAt(s, instant);
      await invoice.hasReceived(sent + 1);
    }
  }

  it.each([
    {
      change: 'the spring change (29 March 2026)',
      attachAt: '2026-03-20T12:00:00Z',
      dueDate: '2026-03-28',
      // -3 days 10:00 GMT; due day 09:30 GMT; +2 days 11:00 BST, then every 7 days twice (BST).
      instants: [
        '2026-03-25T10:00:00.000Z',
        '2026-03-28T09:30:00.000Z',
        '2026-03-30T10:00:00.000Z',
        '2026-04-06T10:00:00.000Z',
        '2026-04-13T10:00:00.000Z',
      ],
    },
    {
      change: 'the autumn change (25 October 2026)',
      attachAt: '2026-10-10T12:00:00Z',
      dueDate: '2026-10-23',
      // -3 days 10:00 BST; due day 09:30 BST; +2 days (25 October) 11:00 GMT, then every 7 days twice.
      instants: [
        '2026-10-20T09:00:00.000Z',
        '2026-10-23T08:30:00.000Z',
        '2026-10-25T11:00:00.000Z',
        '2026-11-01T11:00:00.000Z',
        '2026-11-08T11:00:00.000Z',
      ],
    },
  ])(
    'sends reminders before, on and after the due date, and the repeats, at the local time across $change',
    async ({ attachAt, dueDate, instants }) => {
      s.clock.set(attachAt);
      const invoice = await chasedInvoice(s, dueDate, [
        reminder(-3, '10:00'),
        reminder(0, '09:30'),
        reminder(2, '11:00', { repeatEveryDays: 7, maxRepeats: 2 }),
      ]);
      await expectTextsAt(invoice, instants);
      await passAt(s, new Date(Date.parse(instants[4]) + 14 * 86_400_000));
      expect(invoice.texts()).toHaveLength(5);
      invoice.texts().forEach((text) => expect(text).toMatch(REMINDER_TEXT));
      const steps = await invoice.steps();
      const sent = steps.flatMap((step) => step.occurrences).sort((a, b) => a.dueAt.localeCompare(b.dueAt));
      expect(sent.map((o) => [o.state, o.dueAt, o.sentAt])).toEqual(instants.map((at) => ['sent', at, at]));
      expect(new Set(sent.map((o) => o.messageId)).size).toBe(5);
    },
  );

  it('holds a step due in quiet hours (21:00) until the window opens at 08:00 the next day', async () => {
    s.clock.set('2027-06-01T12:00:00Z');
    const invoice = await chasedInvoice(s, '2027-06-10', [reminder(0, '21:00')]);
    expect(await statesOf(invoice)).toEqual([[['scheduled', '2027-06-11T07:00:00.000Z', 'quiet_hours']]]);
    await passAt(s, '2027-06-10T20:00:00Z'); // 21:00 BST
    await passAt(s, '2027-06-11T06:59:00Z');
    expect(invoice.texts()).toHaveLength(0);
    await passAt(s, '2027-06-11T07:00:00Z');
    await invoice.hasReceived(1);
    const [[occurrence]] = (await invoice.steps()).map((step) => step.occurrences);
    expect(occurrence).toMatchObject({ state: 'sent', sentAt: '2027-06-11T07:00:00.000Z', reason: 'quiet_hours' });
  });

  it('after downtime: 3 hours late goes once, 30 hours late is missed, a daily step sends no burst', async () => {
    s.clock.set('2027-07-10T12:00:00Z');
    const threeHoursLate = await chasedInvoice(s, '2027-07-15', [reminder(0, '11:00')]);
    const thirtyHoursLate = await chasedInvoice(s, '2027-07-14', [reminder(0, '08:00')]);
    const daily = await chasedInvoice(s, '2027-07-12', [reminder(0, '10:00', { repeatEveryDays: 1, maxRepeats: 10 })]);

    await passAt(s, '2027-07-15T13:00:00Z'); // 14:00 BST on the 15th, after three days down
    await threeHoursLate.hasReceived(1);
    expect(await statesOf(threeHoursLate)).toEqual([[['sent', '2027-07-15T10:00:00.000Z', null]]]);
    expect(await statesOf(thirtyHoursLate)).toEqual([[['missed', '2027-07-14T07:00:00.000Z', 'late_after_downtime']]]);
    // Due 12, 13, 14 and 15 July at 10:00: the first row is missed, the next one still ahead is the 16th.
    expect(await statesOf(daily)).toEqual([
      [
        ['missed', '2027-07-12T09:00:00.000Z', 'late_after_downtime'],
        ['scheduled', '2027-07-16T09:00:00.000Z', null],
      ],
    ]);
    await passAt(s, '2027-07-15T19:00:00Z');
    expect(thirtyHoursLate.texts()).toHaveLength(0);
    expect(daily.texts()).toHaveLength(0);
    expect(threeHoursLate.texts()).toHaveLength(1);
    await passAt(s, '2027-07-16T09:00:00Z');
    await daily.hasReceived(1);
  });
});

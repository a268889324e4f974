import fc from 'fast-check';
import { OccurrenceMoveRefusedError, StepOccurrence } from './step-occurrence';

const at = new Date('2026-06-10T09:00:00Z');
const scheduled = () =>
  StepOccurrence.plan(
    {
      accountId: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a11',
      invoiceId: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a12',
      attachmentId: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a14',
      stepId: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a13',
      kind: 'reminder',
      occurrenceIndex: 0,
      dueAt: at,
      state: 'scheduled',
      reason: null,
    },
    at,
  );
/** What the timed pass's claim does to the row (in SQL, for a thousand at a time). */
const claimed = () => Object.assign(scheduled(), { state: 'sending', attempts: 1 });

describe('StepOccurrence', () => {
  it('is claimed, then sent once, keeping the message it became', () => {
    const occurrence = claimed();
    expect(occurrence.isBeingSent()).toBe(true);
    occurrence.sent('msg-1', 'Hi Sam', at);
    occurrence.sent('msg-1', 'Hi Sam', at);
    expect(occurrence).toMatchObject({
      state: 'sent',
      messageId: 'msg-1',
      sentText: 'Hi Sam',
      sentAt: at,
      reason: null,
    });
    expect(occurrence.isBeingSent()).toBe(false);
  });

  it('is never sent again, skipped, missed or failed once sent', () => {
    const occurrence = claimed();
    occurrence.sent('msg-1', 'Hi Sam', at);
    expect(() => occurrence.sent('msg-2', 'Hi Sam', at)).toThrow('is sent: it cannot be marked sent');
    expect(() => occurrence.skip('paid', at)).toThrow(OccurrenceMoveRefusedError);
    expect(() => occurrence.miss(at)).toThrow(OccurrenceMoveRefusedError);
    expect(() => occurrence.fail('send_failed', at)).toThrow(OccurrenceMoveRefusedError);
    expect(occurrence).toMatchObject({ state: 'sent', messageId: 'msg-1' });
  });

  it('still says quiet hours moved it once sent', () => {
    const moved = Object.assign(claimed(), { reason: 'quiet_hours' });
    moved.sent('msg-1', 'Hi Sam', at);
    expect(moved).toMatchObject({ state: 'sent', reason: 'quiet_hours' });
  });

  it('keeps what Settle knew of QuickBooks when it decided, only while being sent', () => {
    const asOf = new Date('2026-06-10T08:58:00Z');
    const occurrence = claimed();
    expect(occurrence.quickBooksAsOf).toBeNull();
    occurrence.decidedOnQuickBooksAsOf(asOf);
    occurrence.skip('paid', at);
    expect(occurrence).toMatchObject({ state: 'skipped', quickBooksAsOf: asOf });
    expect(() => occurrence.decidedOnQuickBooksAsOf(at)).toThrow(OccurrenceMoveRefusedError);
    expect(() => scheduled().decidedOnQuickBooksAsOf(asOf)).toThrow(
      'is scheduled: it cannot note what QuickBooks said',
    );
  });

  it('must be claimed before it settles', () => {
    expect(() => scheduled().sent('msg-1', 'Hi', at)).toThrow('is scheduled: it cannot be marked sent');
    expect(() => scheduled().skip('paid', at)).toThrow('is scheduled: it cannot be skipped (paid)');
  });

  it('settles skipped, missed or failed with why', () => {
    const skipped = claimed();
    skipped.skip('opted_out', at);
    expect(skipped).toMatchObject({ state: 'skipped', reason: 'opted_out', messageId: null });
    const missed = claimed();
    missed.miss(at);
    expect(missed).toMatchObject({ state: 'missed', reason: 'late_after_downtime' });
    const failed = claimed();
    failed.fail('send_failed', at);
    expect(failed).toMatchObject({ state: 'failed', reason: 'send_failed' });
  });

  it('never leaves a settled state and is sent at most once, whatever is asked of it', () => {
    const moves = fc.constantFrom(
      (o: StepOccurrence) => o.sent('msg-1', 'Hi', at),
      (o: StepOccurrence) => o.sent('msg-2', 'Hi', at),
      (o: StepOccurrence) => o.skip('paid', at),
      (o: StepOccurrence) => o.miss(at),
      (o: StepOccurrence) => o.fail('send_failed', at),
    );
    fc.assert(
      fc.property(fc.array(moves, { maxLength: 12 }), (sequence) => {
        const occurrence = claimed();
        let settled: { state: string; reason: string | null; messageId: string | null } | null = null;
        for (const move of sequence) {
          try {
            move(occurrence);
          } catch (error) {
            expect(error).toBeInstanceOf(OccurrenceMoveRefusedError);
          }
          const now = { state: occurrence.state, reason: occurrence.reason, messageId: occurrence.messageId };
          if (settled) expect(now).toEqual(settled);
          else if (!occurrence.isBeingSent()) settled = now;
        }
      }),
    );
  });
});

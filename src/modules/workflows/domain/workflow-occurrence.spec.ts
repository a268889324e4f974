import fc from 'fast-check';
import { isUuid } from '../../../../libs/ids';
import { OccurrenceMoveRefusedError, WorkflowOccurrence, type OccurrenceOwner } from './workflow-occurrence';

const owner: OccurrenceOwner = {
  accountId: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a11',
  invoiceId: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a12',
  stepId: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a13',
  kind: 'reminder',
};
const dueAt = new Date('2026-06-10T09:00:00Z');
const scheduled = () => WorkflowOccurrence.schedule(owner, { index: 0, dueAt, movedByQuietHours: false });

describe('WorkflowOccurrence', () => {
  it('goes scheduled → sending → sent, keeping the message it became', () => {
    const occurrence = scheduled();
    expect(occurrence).toMatchObject({ ...owner, state: 'scheduled', dueAt, attempts: 0, reason: null });
    occurrence.startSending(new Date('2026-06-10T09:00:01Z'));
    expect(occurrence).toMatchObject({ state: 'sending', attempts: 1 });
    occurrence.markSent('msg-1', new Date('2026-06-10T09:00:02Z'));
    expect(occurrence).toMatchObject({ state: 'sent', messageId: 'msg-1', sentAt: new Date('2026-06-10T09:00:02Z') });
    expect(occurrence.hasEnded()).toBe(true);
  });

  it('has one idempotency key, a UUID, the same on every try after a worker died mid-send', () => {
    const occurrence = scheduled();
    const key = occurrence.idempotencyKey();
    expect(isUuid(key)).toBe(true);
    occurrence.startSending();
    occurrence.startSending();
    expect(occurrence).toMatchObject({ state: 'sending', attempts: 2 });
    expect(occurrence.idempotencyKey()).toBe(key);
    expect(scheduled().idempotencyKey()).not.toBe(key);
  });

  it('is never sent again, cancelled or skipped once sent', () => {
    const occurrence = scheduled();
    occurrence.startSending();
    occurrence.markSent('msg-1');
    occurrence.markSent('msg-1');
    expect(() => occurrence.markSent('msg-2')).toThrow(OccurrenceMoveRefusedError);
    expect(() => occurrence.startSending()).toThrow('is sent: it cannot start sending');
    expect(() => occurrence.cancel('paid')).toThrow('is sent: it cannot be cancelled (paid)');
    expect(() => occurrence.skip('paid')).toThrow(OccurrenceMoveRefusedError);
    expect(() => occurrence.fail('late')).toThrow(OccurrenceMoveRefusedError);
    expect(occurrence).toMatchObject({ state: 'sent', messageId: 'msg-1' });
  });

  it('must be taken to send before it is marked sent', () => {
    expect(() => scheduled().markSent('msg-1')).toThrow('is scheduled: it cannot be marked sent');
  });

  it('is cancelled when scheduled (paid, removed), once; one being sent is left to its send', () => {
    const occurrence = scheduled();
    occurrence.cancel('paid');
    occurrence.cancel('removed');
    expect(occurrence).toMatchObject({ state: 'cancelled', reason: 'paid' });
    expect(() => occurrence.startSending()).toThrow(OccurrenceMoveRefusedError);
    const sending = scheduled();
    sending.startSending();
    expect(() => sending.cancel('paid')).toThrow('is sending: it cannot be cancelled (paid)');
  });

  it('is skipped with why, when its time comes or while sending, and stays skipped', () => {
    const missed = scheduled();
    missed.skip('missed');
    missed.skip('missed');
    expect(missed).toMatchObject({ state: 'skipped', reason: 'missed' });
    expect(() => missed.skip('paid')).toThrow(OccurrenceMoveRefusedError);
    const optedOut = scheduled();
    optedOut.startSending();
    optedOut.skip('opted_out');
    expect(optedOut).toMatchObject({ state: 'skipped', reason: 'opted_out', sendingSince: null });
  });

  it('fails with a reason fit to show, kept short', () => {
    const occurrence = scheduled();
    occurrence.startSending();
    occurrence.fail('x'.repeat(600));
    expect(occurrence.state).toBe('failed');
    expect(occurrence.reason).toHaveLength(500);
    expect(() => occurrence.startSending()).toThrow(OccurrenceMoveRefusedError);
  });

  it('is made from what attaching planned: scheduled, or skipped with why', () => {
    const planned = WorkflowOccurrence.fromPlan(owner, {
      index: 2,
      dueAt,
      movedByQuietHours: true,
      state: 'scheduled',
      skipReason: null,
    });
    expect(planned).toMatchObject({ index: 2, dueAt, movedByQuietHours: true, state: 'scheduled', reason: null });
    const noDueDate = WorkflowOccurrence.fromPlan(owner, {
      index: 0,
      dueAt: null,
      movedByQuietHours: false,
      state: 'skipped',
      skipReason: 'no_due_date',
    });
    expect(noDueDate).toMatchObject({ dueAt: null, state: 'skipped', reason: 'no_due_date' });
    expect(() => noDueDate.startSending()).toThrow(OccurrenceMoveRefusedError);
  });

  it('never leaves an ended state, whatever is asked of it', () => {
    const moves = fc.constantFrom(
      (o: WorkflowOccurrence) => o.startSending(),
      (o: WorkflowOccurrence) => o.markSent('msg-1'),
      (o: WorkflowOccurrence) => o.skip('paid'),
      (o: WorkflowOccurrence) => o.skip('missed'),
      (o: WorkflowOccurrence) => o.fail('provider down'),
      (o: WorkflowOccurrence) => o.cancel('paid'),
      (o: WorkflowOccurrence) => o.cancel('removed'),
    );
    fc.assert(
      fc.property(fc.array(moves, { maxLength: 12 }), (sequence) => {
        const occurrence = scheduled();
        let ended: { state: string; reason: string | null; messageId: string | null } | null = null;
        let sends = 0;
        for (const move of sequence) {
          try {
            move(occurrence);
          } catch (error) {
            expect(error).toBeInstanceOf(OccurrenceMoveRefusedError);
          }
          if (occurrence.state === 'sent' && ended === null) sends += 1;
          const now = { state: occurrence.state, reason: occurrence.reason, messageId: occurrence.messageId };
          if (ended) expect(now).toEqual(ended);
          else if (occurrence.hasEnded()) ended = now;
        }
        expect(sends).toBeLessThanOrEqual(1);
      }),
    );
  });
});

import fc from 'fast-check';
import { planAttachment, planNext, planStep, planThankYou, type ScheduleContext } from './invoice-schedule';
import { InvoiceWorkflow } from './invoice-workflow';
import { reminderOccurrences } from './occurrences';
import { DEFAULT_SENDING_WINDOW } from './sending-window';
import type { StepOccurrence } from './step-occurrence';
import type { WorkflowStep } from './workflow-step';
import { reminderStep } from '../testing/reminder-step.mother';

const london: ScheduleContext = { timeZone: 'Europe/London', window: DEFAULT_SENDING_WINDOW };
const reminder = reminderStep;
const copyOf = (steps: WorkflowStep[], dueDate: string | null, now: Date) =>
  InvoiceWorkflow.attach(
    '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a11',
    { invoiceId: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a12', contactId: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a13', dueDate },
    { workflowId: null, workflowName: null, steps },
    now,
  );
const rows = (occurrences: StepOccurrence[]) =>
  occurrences.map((o) => [o.occurrenceIndex, o.dueAt.toISOString(), o.state, o.reason]);

describe('planAttachment', () => {
  it('skips what is already past on a historic overdue invoice; a repeating step starts at its next occurrence', () => {
    const now = new Date('2025-02-10T12:00:00Z');
    const copy = copyOf(
      [
        reminder({ offsetDays: -3 }),
        { kind: 'thank_you', templateId: null },
        reminder({ offsetDays: 7, repeatEveryDays: 7, maxRepeats: 4 }),
      ],
      '2025-01-15',
      now,
    );
    const planned = planAttachment(copy, london, now);
    expect(planned.map((o) => o.stepId)).toEqual([copy.steps[0].id, copy.steps[2].id, copy.steps[2].id]);
    expect(rows(planned)).toEqual([
      [0, '2025-01-12T10:00:00.000Z', 'skipped', 'past_when_attached'],
      [0, '2025-01-22T10:00:00.000Z', 'skipped', 'past_when_attached'],
      [3, '2025-02-12T10:00:00.000Z', 'scheduled', null],
    ]);
  });

  it('schedules an occurrence that quiet hours moved past the moment of attaching, saying why', () => {
    const now = new Date('2026-06-10T06:00:00Z');
    const copy = copyOf([reminder({ offsetDays: -1, timeOfDay: '21:00' })], '2026-06-10', now);
    expect(rows(planAttachment(copy, london, now))).toEqual([
      [0, '2026-06-10T07:00:00.000Z', 'scheduled', 'quiet_hours'],
    ]);
  });

  it('cannot place reminders for an invoice without a due date', () => {
    const now = new Date('2026-06-10T12:00:00Z');
    const copy = copyOf([reminder(), reminder({ offsetDays: 3, repeatEveryDays: 2, maxRepeats: 2 })], null, now);
    expect(rows(planAttachment(copy, london, now))).toEqual([
      [0, now.toISOString(), 'skipped', 'no_due_date'],
      [0, now.toISOString(), 'skipped', 'no_due_date'],
    ]);
  });

  it('schedules at most one occurrence a step, the first not yet past, and never one in the past', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -60, max: 60 }),
        fc.integer({ min: 1, max: 10 }),
        fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true }),
        (offsetDays, every, now) => {
          const step = reminder({ offsetDays, repeatEveryDays: every, maxRepeats: 10 });
          const copy = copyOf([step], '2026-07-01', now);
          const planned = planStep(copy, copy.steps[0], london, now);
          const scheduled = planned.filter((o) => o.state === 'scheduled');
          const next = reminderOccurrences(step, '2026-07-01', london.timeZone, london.window).find(
            (o) => o.dueAt.getTime() >= now.getTime(),
          );
          expect(scheduled.map((o) => o.dueAt)).toEqual(next ? [next.dueAt] : []);
          planned
            .filter((o) => o.state === 'skipped')
            .forEach((o) => expect(o.dueAt.getTime()).toBeLessThan(now.getTime()));
        },
      ),
    );
  });
});

describe('planNext', () => {
  const attachedAt = new Date('2026-06-01T12:00:00Z');
  const daily = reminder({ offsetDays: 1, repeatEveryDays: 1, maxRepeats: 5 });

  it('after downtime, plans the next occurrence still ahead, never the ones missed in between', () => {
    const copy = copyOf([daily], '2026-06-10', attachedAt);
    const [first] = planAttachment(copy, london, attachedAt);
    expect(rows([first])).toEqual([[0, '2026-06-11T09:00:00.000Z', 'scheduled', null]]);
    const threeDaysLater = new Date('2026-06-14T11:00:00Z');
    expect(rows([planNext(copy, first, london, threeDaysLater) as StepOccurrence])).toEqual([
      [4, '2026-06-15T09:00:00.000Z', 'scheduled', null],
    ]);
  });

  it('plans nothing after the last repeat, nor once the invoice is paid', () => {
    const copy = copyOf([daily], '2026-06-10', attachedAt);
    const [first] = planAttachment(copy, london, attachedAt);
    expect(planNext(copy, first, london, new Date('2026-06-17T12:00:00Z'))).toBeNull();
    copy.markPaid(new Date('2026-06-11T12:00:00Z'));
    expect(planNext(copy, first, london, new Date('2026-06-11T12:00:00Z'))).toBeNull();
  });
});

describe('planThankYou', () => {
  const attachedAt = new Date('2026-06-01T12:00:00Z');
  const evening = new Date('2026-06-10T21:30:00Z');

  it('goes at once in the window, at the next opening outside it, and not at all without a thank-you step', () => {
    const withThanks = copyOf([reminder(), { kind: 'thank_you', templateId: null }], '2026-06-10', attachedAt);
    const thankYou = planThankYou(withThanks, london, evening) as StepOccurrence;
    expect([thankYou.kind, thankYou.stepId]).toEqual(['thank_you', withThanks.steps[1].id]);
    expect(rows([thankYou])).toEqual([[0, '2026-06-11T07:00:00.000Z', 'scheduled', 'quiet_hours']]);
    expect(planThankYou(copyOf([reminder()], '2026-06-10', attachedAt), london, evening)).toBeNull();
  });
});

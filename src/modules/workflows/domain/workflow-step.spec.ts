import { reminderStep } from '../testing/reminder-step.mother';
import { validateWorkflowSteps, type ReminderStep, type WorkflowStep } from './workflow-step';

const reminder = (overrides: Partial<ReminderStep> = {}) => reminderStep({ offsetDays: -3, ...overrides });
const thankYou: WorkflowStep = { kind: 'thank_you', templateId: null };
const fields = (steps: WorkflowStep[]) => validateWorkflowSteps(steps).map((problem) => problem.field);

describe('validateWorkflowSteps', () => {
  it('accepts four reminders (before, on, after the due date, repeating) and a thank-you', () => {
    const steps: WorkflowStep[] = [
      reminder({ offsetDays: -3, templateId: 'tpl-1' }),
      reminder({ offsetDays: 0, timeOfDay: '00:00' }),
      reminder({ offsetDays: 7, timeOfDay: '23:59', repeatEveryDays: 7, maxRepeats: 4 }),
      reminder({ offsetDays: 365, repeatEveryDays: 90, maxRepeats: 52 }),
      thankYou,
    ];
    expect(validateWorkflowSteps(steps)).toEqual([]);
    expect(validateWorkflowSteps([])).toEqual([]);
  });

  it('refuses a fifth reminder and a second thank-you', () => {
    const five = [-4, -3, -2, -1, 0].map((offsetDays) => reminder({ offsetDays }));
    expect(validateWorkflowSteps([...five, thankYou, thankYou])).toEqual([
      { field: 'steps', message: 'may hold at most 4 reminders (has 5)' },
      { field: 'steps', message: 'may hold at most one thank-you (has 2)' },
    ]);
  });

  it('names the field of each wrong value', () => {
    expect(fields([thankYou, reminder({ offsetDays: 366 })])).toEqual(['steps[1].offsetDays']);
    expect(fields([reminder({ offsetDays: -366 }), reminder({ offsetDays: 1.5 })])).toEqual([
      'steps[0].offsetDays',
      'steps[1].offsetDays',
    ]);
    expect(
      fields([
        reminder({ timeOfDay: '24:00' }),
        reminder({ timeOfDay: '9:00' }),
        thankYou,
        reminder({ timeOfDay: '10:60' }),
      ]),
    ).toEqual(['steps[0].timeOfDay', 'steps[1].timeOfDay', 'steps[3].timeOfDay']);
    expect(fields([reminder({ templateId: '' })])).toEqual(['steps[0].templateId']);
    expect(fields([{ ...reminder(), relativeTo: 'sent' } as unknown as WorkflowStep])).toEqual(['steps[0].relativeTo']);
    expect(fields([{ kind: 'nudge' } as unknown as WorkflowStep])).toEqual(['steps[0].kind']);
  });

  it('wants repeatEveryDays 1..90 and maxRepeats 1..52, both set or both null', () => {
    expect(fields([reminder({ repeatEveryDays: 0, maxRepeats: 4 })])).toEqual(['steps[0].repeatEveryDays']);
    expect(fields([reminder({ repeatEveryDays: 91, maxRepeats: 4 })])).toEqual(['steps[0].repeatEveryDays']);
    expect(fields([reminder({ repeatEveryDays: 7, maxRepeats: 0 })])).toEqual(['steps[0].maxRepeats']);
    expect(fields([reminder({ repeatEveryDays: 7, maxRepeats: 53 })])).toEqual(['steps[0].maxRepeats']);
    expect(
      validateWorkflowSteps([reminder({ repeatEveryDays: 7 }), reminder({ offsetDays: 1, maxRepeats: 2 })]),
    ).toEqual([
      { field: 'steps[0].maxRepeats', message: 'must be set when repeatEveryDays is' },
      { field: 'steps[1].repeatEveryDays', message: 'must be set when maxRepeats is' },
    ]);
  });

  it('refuses two reminders at the same day and time', () => {
    expect(validateWorkflowSteps([reminder(), thankYou, reminder({ templateId: 'tpl-2' })])).toEqual([
      { field: 'steps[2]', message: 'is at the same day and time as steps[0]' },
    ]);
  });
});

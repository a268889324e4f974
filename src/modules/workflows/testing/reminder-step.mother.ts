import type { ReminderStep } from '../domain/workflow-step';

/** A reminder on the due date at 10:00, not repeating, with the default text, unless told otherwise. */
export function reminderStep(overrides: Partial<ReminderStep> = {}): ReminderStep {
  return {
    kind: 'reminder',
    relativeTo: 'due',
    offsetDays: 0,
    timeOfDay: '10:00',
    repeatEveryDays: null,
    maxRepeats: null,
    templateId: null,
    ...overrides,
  };
}

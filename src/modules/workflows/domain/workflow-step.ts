import type { FieldError } from '../../../platform/errors/app-error';
import { isLocalTime, type LocalTime } from './zoned-time';

/**
 * A text about an invoice placed against its due date: `offsetDays` before it (negative), on it
 * (0) or after it (positive, overdue), at `timeOfDay` in the account's time zone; it may go again
 * every `repeatEveryDays`, at most `maxRepeats` more times, until the invoice is paid.
 */
export interface ReminderStep {
  kind: 'reminder';
  relativeTo: 'due';
  offsetDays: number;
  timeOfDay: LocalTime;
  repeatEveryDays: number | null;
  maxRepeats: number | null;
  /** A Messaging template; null: the default reminder text. */
  templateId: string | null;
}

/** The text that goes when the invoice is paid. */
interface ThankYouStep {
  kind: 'thank_you';
  /** A Messaging template; null: the default thank-you text. */
  templateId: string | null;
}

export type WorkflowStep = ReminderStep | ThankYouStep;

const STEP_LIMITS = {
  reminders: 4,
  thankYous: 1,
  offsetDays: 365,
  repeatEveryDays: { min: 1, max: 90 },
  maxRepeats: { min: 1, max: 52 },
} as const;

export function isReminder(step: WorkflowStep): step is ReminderStep {
  return step.kind === 'reminder';
}

/**
 * What is wrong with a workflow's steps (empty when nothing is): at most four reminders and one
 * thank-you; each reminder within a year of the due date, at a real 24-hour time, repeating every
 * 1 to 90 days up to 52 times (both set, or neither); no two reminders at the same time.
 */
export function validateWorkflowSteps(steps: readonly WorkflowStep[]): FieldError[] {
  if (!Array.isArray(steps)) return [{ field: 'steps', message: 'must be a list of steps' }];
  const problems: FieldError[] = [];
  steps.forEach((step, index) => problems.push(...problemsOf(step, `steps[${index}]`)));
  const reminders = steps.filter((step) => step?.kind === 'reminder').length;
  if (reminders > STEP_LIMITS.reminders) {
    problems.push({
      field: 'steps',
      message: `may hold at most ${STEP_LIMITS.reminders} reminders (has ${reminders})`,
    });
  }
  const thankYous = steps.filter((step) => step?.kind === 'thank_you').length;
  if (thankYous > STEP_LIMITS.thankYous) {
    problems.push({ field: 'steps', message: `may hold at most one thank-you (has ${thankYous})` });
  }
  problems.push(...sameTimeProblems(steps));
  return problems;
}

function problemsOf(step: WorkflowStep, path: string): FieldError[] {
  if (typeof step !== 'object' || step === null) return [{ field: path, message: 'must be a step object' }];
  if (step.kind === 'thank_you') return templateProblems(step.templateId, path);
  if (step.kind !== 'reminder') return [{ field: `${path}.kind`, message: 'must be reminder or thank_you' }];
  const problems: FieldError[] = [];
  if (step.relativeTo !== 'due') problems.push({ field: `${path}.relativeTo`, message: 'must be due' });
  if (!isWholeIn(step.offsetDays, -STEP_LIMITS.offsetDays, STEP_LIMITS.offsetDays)) {
    problems.push({ field: `${path}.offsetDays`, message: 'must be a whole number of days from -365 to 365' });
  }
  if (!isLocalTime(step.timeOfDay)) {
    problems.push({ field: `${path}.timeOfDay`, message: 'must be a 24-hour time HH:MM (00:00 to 23:59)' });
  }
  problems.push(...repeatProblems(step, path), ...templateProblems(step.templateId, path));
  return problems;
}

function repeatProblems(step: ReminderStep, path: string): FieldError[] {
  const problems: FieldError[] = [];
  const { repeatEveryDays: every, maxRepeats: times } = step;
  const { repeatEveryDays: everyLimits, maxRepeats: timesLimits } = STEP_LIMITS;
  if (every !== null && !isWholeIn(every, everyLimits.min, everyLimits.max)) {
    problems.push({
      field: `${path}.repeatEveryDays`,
      message: 'must be a whole number of days from 1 to 90, or null',
    });
  }
  if (times !== null && !isWholeIn(times, timesLimits.min, timesLimits.max)) {
    problems.push({ field: `${path}.maxRepeats`, message: 'must be a whole number from 1 to 52, or null' });
  }
  if (every === null && times !== null) {
    problems.push({ field: `${path}.repeatEveryDays`, message: 'must be set when maxRepeats is' });
  }
  if (every !== null && times === null) {
    problems.push({ field: `${path}.maxRepeats`, message: 'must be set when repeatEveryDays is' });
  }
  return problems;
}

function templateProblems(templateId: unknown, path: string): FieldError[] {
  if (templateId === null || (typeof templateId === 'string' && templateId !== '')) return [];
  return [{ field: `${path}.templateId`, message: 'must be a template id, or null for the default text' }];
}

/** Two reminders at the same day and time would send two texts at once. */
function sameTimeProblems(steps: readonly WorkflowStep[]): FieldError[] {
  const first = new Map<string, number>();
  const problems: FieldError[] = [];
  steps.forEach((step, index) => {
    if (step?.kind !== 'reminder') return;
    const when = `${step.offsetDays} ${step.timeOfDay}`;
    const earlier = first.get(when);
    if (earlier === undefined) first.set(when, index);
    else problems.push({ field: `steps[${index}]`, message: `is at the same day and time as steps[${earlier}]` });
  });
  return problems;
}

function isWholeIn(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** How late an occurrence may still go after downtime; an older one is missed. */
export const LATE_LIMIT_HOURS = 24;

const HOUR_MS = 3_600_000;

/**
 * Whether an occurrence found due at `now` still goes: up to `lateLimitHours` late (the limit
 * included) it is sent once; older, it is marked missed and never sent. One not due yet is not
 * late, so 'send' (the caller waits for its time).
 */
export function catchUpDecision(dueAt: Date, now: Date, lateLimitHours = LATE_LIMIT_HOURS): 'send' | 'missed' {
  return now.getTime() - dueAt.getTime() <= lateLimitHours * HOUR_MS ? 'send' : 'missed';
}

/** The first of a step's occurrences due strictly after `after` (null when none is left). */
export function nextOccurrenceAfter<T extends { dueAt: Date }>(occurrences: readonly T[], after: Date): T | null {
  let next: T | null = null;
  for (const occurrence of occurrences) {
    if (occurrence.dueAt.getTime() <= after.getTime()) continue;
    if (next === null || occurrence.dueAt.getTime() < next.dueAt.getTime()) next = occurrence;
  }
  return next;
}

export interface StepCatchUp<T> {
  /** The one occurrence to send now, if any. */
  send: T | null;
  /** Due occurrences never to be sent. */
  missed: T[];
  /** Occurrences not due yet, earliest first. */
  waiting: T[];
}

/**
 * What to do with a step's pending occurrences at `now`, so a repeating step never sends its
 * missed occurrences in a burst: of those already due, only the latest goes, and only when it is
 * within `lateLimitHours`; every other due one is missed.
 */
export function catchUpStep<T extends { dueAt: Date }>(
  pending: readonly T[],
  now: Date,
  lateLimitHours = LATE_LIMIT_HOURS,
): StepCatchUp<T> {
  const byTime = [...pending].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  const due = byTime.filter((occurrence) => occurrence.dueAt.getTime() <= now.getTime());
  const waiting = byTime.filter((occurrence) => occurrence.dueAt.getTime() > now.getTime());
  const latest = due.at(-1);
  if (latest === undefined || catchUpDecision(latest.dueAt, now, lateLimitHours) === 'missed') {
    return { send: null, missed: due, waiting };
  }
  return { send: latest, missed: due.slice(0, -1), waiting };
}

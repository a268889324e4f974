/** How late an occurrence may still go after downtime; an older one is missed. */
const LATE_LIMIT_HOURS = 24;

const HOUR_MS = 3_600_000;

/**
 * Whether an occurrence found due at `now` still goes: up to 24 hours late (the limit included) it
 * is sent once; older, it is missed and never sent. One not due yet is not late, so 'send'. A
 * repeating step never sends its missed occurrences in a burst because only its next occurrence is
 * ever a row (`planNext` plans the first one still ahead once this one settles).
 */
export function catchUpDecision(dueAt: Date, now: Date): 'send' | 'missed' {
  return now.getTime() - dueAt.getTime() <= LATE_LIMIT_HOURS * HOUR_MS ? 'send' : 'missed';
}

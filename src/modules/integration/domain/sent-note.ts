/** QuickBooks' limit on an invoice's PrivateNote ("Statement Memo"), in characters. */
export const PRIVATE_NOTE_MAX_LENGTH = 4000;

const SENT_LINE_PREFIX = 'Sent by SMS via Settle ';
const SENT_LINE = /^Sent by SMS via Settle \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/;

/** "Sent by SMS via Settle 2026-12-01 10:32": when it was sent, in the business's own time zone. */
export function sentLine(sentAt: Date, timezone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: timezone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(sentAt);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${SENT_LINE_PREFIX}${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

export type SentNotePlan =
  { kind: 'append'; note: string } | { kind: 'already-there' } | { kind: 'full'; length: number };

/**
 * The note with the line appended, the user's note kept as it is (a newline between). A note that
 * already holds this very line (a retry, a duplicate) needs nothing. When the result would pass
 * QuickBooks' limit, Settle's own earlier lines make room, oldest first; the user's text is never
 * shortened, so a note the user has filled is left alone (`full`).
 */
export function noteWithSentLine(
  existing: string | null | undefined,
  line: string,
  maxLength = PRIVATE_NOTE_MAX_LENGTH,
): SentNotePlan {
  const current = existing ?? '';
  const lines = current === '' ? [] : current.split(/\r?\n/);
  if (lines.includes(line)) return { kind: 'already-there' };
  let note = appended(current, line);
  const kept = [...lines];
  while (note.length > maxLength) {
    const oldest = kept.findIndex((candidate) => SENT_LINE.test(candidate));
    if (oldest === -1) return { kind: 'full', length: current.length };
    kept.splice(oldest, 1);
    note = appended(kept.join('\n'), line);
  }
  return { kind: 'append', note };
}

/** Appends without touching the user's own line endings. */
function appended(current: string, line: string): string {
  if (current === '') return line;
  return current.endsWith('\n') ? `${current}${line}` : `${current}\n${line}`;
}

export type ConsentKeyword = 'opt_out' | 'opt_in' | 'help';

/** STOP words every carrier guideline lists; START and UNSTOP (the US carriers' word) opt back in. */
const KEYWORDS: ReadonlyMap<string, ConsentKeyword> = new Map([
  ['STOP', 'opt_out'],
  ['STOPALL', 'opt_out'],
  ['UNSUBSCRIBE', 'opt_out'],
  ['CANCEL', 'opt_out'],
  ['END', 'opt_out'],
  ['QUIT', 'opt_out'],
  ['START', 'opt_in'],
  ['UNSTOP', 'opt_in'],
  ['HELP', 'help'],
]);

/** Words that mean nothing but "stop" even with more after them; the others count only alone. */
const LEADING_ALLOWED: ReadonlySet<string> = new Set(['STOP', 'STOPALL', 'UNSUBSCRIBE']);

/**
 * What a reply asks about consent, in any case, with punctuation and emoji around words ignored and
 * full-width letters folded. A keyword alone counts ("STOP!", "Cancel"); STOP, STOPALL and
 * UNSUBSCRIBE also count as a first word ("Stop please"), as Vonage's `keyword` is. Words that are
 * everyday English as a first word do not ("Cancel that invoice please", "End of month"), nor
 * "don't stop". Null for any other reply.
 */
export function consentKeyword(text: string): ConsentKeyword | null {
  const words = text
    .normalize('NFKC')
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toUpperCase())
    .filter((word) => word.length > 0);
  const [first = ''] = words;
  if (words.length > 1 && !LEADING_ALLOWED.has(first)) return null;
  return KEYWORDS.get(first) ?? null;
}

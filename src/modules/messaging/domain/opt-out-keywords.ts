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

/**
 * What a reply asks about consent, read from its first word (as Vonage's `keyword` is), in any
 * case, with punctuation and emoji around it ignored and full-width letters folded: "Stop please"
 * and "STOP!" opt out, "don't stop" does not. Null for any other reply.
 */
export function consentKeyword(text: string): ConsentKeyword | null {
  const [firstWord = ''] = text.normalize('NFKC').trim().split(/\s+/, 1);
  const word = firstWord.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toUpperCase();
  return KEYWORDS.get(word) ?? null;
}

/**
 * Characters with a GSM-7 equivalent that editors and phones insert for their plain forms. Only
 * punctuation and spacing: letters (á, ç, ő) are kept as written, since changing a name is worse
 * than paying for UCS-2.
 */
const EQUIVALENTS: ReadonlyMap<string, string> = new Map([
  ...pairs('‘’‚‛′`´', "'"),
  ...pairs('“”„‟″«»', '"'),
  ...pairs('‐‑‒–—―−', '-'),
  ...pairs('•', '-'),
  ...pairs('‹', '<'),
  ...pairs('›', '>'),
  ...pairs('⁄∕', '/'),
  ...pairs('ˆ', '^'),
  ...pairs('˜', '~'),
  ...pairs('…', '...'),
  ...pairs('\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000', ' '),
  ...pairs('\u2028\u2029', '\n'),
  ...pairs('\u200b\u2060\ufeff', ''),
]);

function pairs(chars: string, replacement: string): [string, string][] {
  return Array.from(chars, (char) => [char, replacement]);
}

/**
 * The text with characters that have a GSM-7 equivalent replaced by it (curly quotes, dashes, the
 * ellipsis, Unicode spaces), after composing accents (e + U+0301 → é), so a message does not
 * become UCS-2, and cost double, for a character the reader would not notice. Characters with no
 * equivalent are kept, and the message is then sent as UCS-2.
 */
export function normaliseToGsm(text: string): string {
  return Array.from(text.normalize('NFC'), (char) => EQUIVALENTS.get(char) ?? char).join('');
}

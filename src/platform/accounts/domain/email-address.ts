/**
 * Characters that render as nothing or reorder text: controls, format characters (zero-width
 * spaces and joiners, LTR/RTL marks, embeddings, overrides and isolates, the BOM), lone surrogates,
 * private-use and unassigned code points, and whitespace (trimming would drop a leading BOM or
 * no-break space silently). An email with one can look exactly like another user's.
 */
const INVISIBLE_OR_BIDI = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Z}\u115F\u1160\u3164\uFFA0]/u;

/** The sign-in form of an email: trimmed, in Unicode NFC and lower case, so one address is one login. */
export function normaliseEmail(email: string): string {
  return email.trim().normalize('NFC').toLowerCase().normalize('NFC');
}

export function hasInvisibleCharacters(email: string): boolean {
  return INVISIBLE_OR_BIDI.test(email);
}

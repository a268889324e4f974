/** UK Faster Payments carry at most 18 reference characters (I; a third-party client replaces longer ones, T). */
export const CREZCO_REFERENCE_MAX_LENGTH = 18;

const ALLOWED = /^[A-Z0-9 -]+$/;

/** Why a reference would fail the bank's formatting checks, or undefined when it passes. */
export function crezcoReferenceProblem(reference: string): string | undefined {
  if (reference.trim().length === 0) return 'The reference must not be empty.';
  if (reference.length > CREZCO_REFERENCE_MAX_LENGTH) {
    return `The reference must be at most ${CREZCO_REFERENCE_MAX_LENGTH} characters.`;
  }
  if (!ALLOWED.test(reference)) return 'The reference may only contain A-Z, 0-9, spaces and hyphens.';
  return undefined;
}

/**
 * A reference from an invoice number: upper-cased, any other character a hyphen (runs collapsed),
 * and when too long its last 18 characters — the end of an invoice number is what tells invoices
 * apart ("INVOICE-2026-000123" → "NVOICE-2026-000123" is still findable, a cut end is not).
 * An invoice number with nothing usable gives `fallback`.
 */
export function crezcoReference(invoiceNumber: string, fallback = 'INVOICE'): string {
  const cleaned = invoiceNumber
    .toUpperCase()
    .replace(/[^A-Z0-9 -]+/g, '-')
    .replace(/[ -]{2,}/g, (run) => (run.includes('-') ? '-' : ' '))
    .replace(/^[ -]+|[ -]+$/g, '');
  const cut = cleaned.slice(-CREZCO_REFERENCE_MAX_LENGTH).replace(/^[ -]+/, '');
  return cut.length > 0 ? cut : fallback;
}

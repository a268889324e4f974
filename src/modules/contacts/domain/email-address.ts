/** Letters, digits and the usual punctuation before the @; a dotted domain with a 2+ letter TLD after. */
const EMAIL =
  /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.[a-z]{2,63}$/;
const MAX_LENGTH = 320;

/** An email address as Settle keeps it: trimmed and lower-cased, one address. */
export class EmailAddress {
  private constructor(readonly value: string) {}

  /** The address, or null when the text is not exactly one valid address. */
  static parse(text: string): EmailAddress | null {
    const value = text.trim().toLowerCase();
    if (value.length > MAX_LENGTH || !EMAIL.test(value) || value.includes('..')) return null;
    return new EmailAddress(value);
  }

  /** A field that may hold several addresses separated by commas or semicolons: its first valid one. */
  static firstValidIn(text: string): { email: EmailAddress | null; candidates: string[] } {
    const candidates = text
      .split(/[,;]/)
      .map((part) => part.trim())
      .filter((part) => part.length > 0);
    for (const candidate of candidates) {
      const email = EmailAddress.parse(candidate);
      if (email) return { email, candidates };
    }
    return { email: null, candidates };
  }
}

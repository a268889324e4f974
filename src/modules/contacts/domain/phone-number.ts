import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { CountryCode } from 'libphonenumber-js/max';
import './libphonenumber-compiled-patterns';

export type PhoneKind = 'mobile' | 'landline';

/** How a number is read from text: PhoneNumber.parse, or a reader that has some already read. */
export type PhoneReader = (text: string, defaultRegion: string) => PhoneNumber | null;

/**
 * Numbers read lately, by region and text: an import reads the same number in several fields of a
 * customer and across customers who share it, and a reading costs several µs. Parsing is a pure
 * function of its input, so the memo is safe to share; it is emptied when full, so it never holds
 * more than a page's worth.
 */
const MEMO_LIMIT = 4096;
const memo = new Map<string, PhoneNumber | null>();

/**
 * A valid phone number in E.164. Read with libphonenumber-js's full metadata, numbers written
 * without a country code in the account's country (the default region). "Mobile" includes the
 * numbering plans that do not tell mobiles from landlines (the US), since those receive texts.
 */
export class PhoneNumber {
  private constructor(
    readonly e164: string,
    readonly kind: PhoneKind,
  ) {}

  static parse(text: string, defaultRegion: string): PhoneNumber | null {
    const key = `${defaultRegion}\u0000${text}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const phone = PhoneNumber.read(text, defaultRegion);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, phone);
    return phone;
  }

  /** A number `parse` read before, elsewhere (on another thread), from what it answered. */
  static restore(e164: string, kind: PhoneKind): PhoneNumber {
    return new PhoneNumber(e164, kind);
  }

  get isMobile(): boolean {
    return this.kind === 'mobile';
  }

  private static read(text: string, defaultRegion: string): PhoneNumber | null {
    const parsed = parsePhoneNumberFromString(text, { defaultCountry: defaultRegion.toUpperCase() as CountryCode });
    if (!parsed) return null;
    // With the full metadata a number is valid exactly when it has a type: isValid() would match it
    // against its country's patterns a second time.
    const type = parsed.getType();
    if (type === undefined && !parsed.isValid()) return null;
    const kind: PhoneKind = type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE' ? 'mobile' : 'landline';
    return new PhoneNumber(parsed.number, kind);
  }
}

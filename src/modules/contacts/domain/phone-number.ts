import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { CountryCode } from 'libphonenumber-js/max';

export type PhoneKind = 'mobile' | 'landline';

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
    const parsed = parsePhoneNumberFromString(text, { defaultCountry: defaultRegion.toUpperCase() as CountryCode });
    if (!parsed || !parsed.isValid()) return null;
    const type = parsed.getType();
    const kind: PhoneKind = type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE' ? 'mobile' : 'landline';
    return new PhoneNumber(parsed.number, kind);
  }

  get isMobile(): boolean {
    return this.kind === 'mobile';
  }
}

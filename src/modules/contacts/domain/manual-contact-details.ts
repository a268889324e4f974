import { ContactsErrors } from '../contacts.errors';
import type { PostalAddress } from '../contracts/postal-address';
import type { ContactDetails } from './contact';
import { EmailAddress } from './email-address';
import { PhoneNumber } from './phone-number';

/** Details as a person types them in Settle; undefined leaves a detail as it is, null clears it. */
export interface ManualContactInput {
  firstName?: string | null;
  lastName?: string | null;
  businessName?: string | null;
  email?: string | null;
  mobile?: string | null;
  otherPhone?: string | null;
  billingAddress?: PostalAddress | null;
}

/**
 * Normalises what was typed, refusing (with the field named) an email that is not one valid
 * address, a number that does not parse, or a mobile that is a landline.
 */
export function parseManualDetails(input: ManualContactInput, defaultRegion: string): Partial<ContactDetails> {
  const details: Partial<ContactDetails> = {};
  for (const key of ['firstName', 'lastName', 'businessName'] as const) {
    if (input[key] !== undefined) details[key] = blankToNull(input[key]);
  }
  if (input.email !== undefined) details.email = parseEmail(blankToNull(input.email));
  if (input.mobile !== undefined) details.mobile = parseMobile(blankToNull(input.mobile), defaultRegion);
  if (input.otherPhone !== undefined) {
    const text = blankToNull(input.otherPhone);
    details.otherPhone = text === null ? null : parsePhone(text, 'otherPhone', defaultRegion).e164;
  }
  if (input.billingAddress !== undefined) details.billingAddress = normaliseAddress(input.billingAddress);
  return details;
}

function parseEmail(text: string | null): string | null {
  if (text === null) return null;
  const email = EmailAddress.parse(text);
  if (!email) throw ContactsErrors.invalidEmail('email');
  return email.value;
}

function parseMobile(text: string | null, region: string): string | null {
  if (text === null) return null;
  const phone = parsePhone(text, 'mobile', region);
  if (!phone.isMobile) throw ContactsErrors.notAMobileNumber('mobile');
  return phone.e164;
}

function parsePhone(text: string, field: string, region: string): PhoneNumber {
  const phone = PhoneNumber.parse(text, region);
  if (!phone) throw ContactsErrors.invalidPhoneNumber(field);
  return phone;
}

function normaliseAddress(address: PostalAddress | null): PostalAddress | null {
  if (address === null) return null;
  const normalised: PostalAddress = {
    lines: address.lines.map((line) => line.trim()).filter((line) => line.length > 0),
    city: blankToNull(address.city),
    region: blankToNull(address.region),
    postalCode: blankToNull(address.postalCode),
    country: blankToNull(address.country),
  };
  const empty = normalised.lines.length === 0 && !normalised.city && !normalised.postalCode && !normalised.country;
  return empty && !normalised.region ? null : normalised;
}

function blankToNull(text: string | null | undefined): string | null {
  const trimmed = text?.trim();
  return trimmed ? trimmed : null;
}

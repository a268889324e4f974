import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { PhoneNumber } from './phone-number';

describe('PhoneNumber', () => {
  it.each([
    ['07400 123456', 'GB', '+447400123456', 'mobile'],
    ['+44 (0)20 7946 0018', 'GB', '+442079460018', 'landline'],
    ['020 7946 0018', 'GB', '+442079460018', 'landline'],
    ['07400 123456 ext 2', 'GB', '+447400123456', 'mobile'],
    ['06 12 34 56 78', 'FR', '+33612345678', 'mobile'],
    ['+33 6 12 34 56 78', 'GB', '+33612345678', 'mobile'],
    ['(212) 736-4821', 'US', '+12127364821', 'mobile'],
  ])('reads %s (default region %s) as %s, a %s', (text, region, e164, kind) => {
    expect(PhoneNumber.parse(text, region)).toMatchObject({ e164, kind });
  });

  it.each([
    'n/a',
    'TBC',
    '12345',
    '07911 12345',
    '+44 7911 1234567',
    '07700 900461',
    '555-1234',
    '',
    'call the office',
  ])('refuses %j', (text) => {
    expect(PhoneNumber.parse(text, 'GB')).toBeNull();
  });

  it('uses the default region only for numbers without a country code', () => {
    expect(PhoneNumber.parse('0612345678', 'GB')).toBeNull();
    expect(PhoneNumber.parse('0612345678', 'fr')?.e164).toBe('+33612345678');
  });

  it("agrees with libphonenumber-js's isValid and getType on numbers of many shapes and regions", () => {
    const regions = ['GB', 'US', 'FR', 'DE', 'AU', 'IE', 'JP', 'BR', 'IN', 'ZA'];
    const texts = ['07911 123456', '020 7946 0018', '0612345678', '212 736 4821', '0412 345 678', '1800 123 456'];
    for (let n = 0; n < 40; n += 1) texts.push(`0${String(7_000_000_000 + n * 48_271_927).slice(0, 10)}`);
    for (const region of regions)
      for (const text of [...texts, ...texts.map((text) => `+${text.replace(/^0/, '44')}`)]) {
        const parsed = parsePhoneNumberFromString(text, { defaultCountry: region as CountryCode });
        const valid = parsed?.isValid() ?? false;
        const type = parsed?.getType();
        const expected = valid
          ? { e164: parsed?.number, kind: type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE' ? 'mobile' : 'landline' }
          : null;
        expect([region, text, PhoneNumber.parse(text, region)]).toEqual([
          region,
          text,
          expected && expect.objectContaining(expected),
        ]);
      }
  });
});

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
});

import { EmailAddress } from './email-address';

describe('EmailAddress', () => {
  it('is trimmed and lower-cased', () => {
    expect(EmailAddress.parse('  Sam.Patel@Example.CO.UK ')?.value).toBe('sam.patel@example.co.uk');
  });

  it.each([
    'sam',
    'sam@',
    '@example.com',
    'sam@example',
    'sam patel@example.com',
    'sam@@example.com',
    'a..b@example.com',
    'a@b.com, c@d.com',
  ])('refuses %j', (text) => {
    expect(EmailAddress.parse(text)).toBeNull();
  });

  it.each([
    ['a@example.com, b@example.com', 'a@example.com'],
    ['a@example.com;b@example.com', 'a@example.com'],
    ['not an email; B@Example.com', 'b@example.com'],
    [' ; , c@example.com', 'c@example.com'],
  ])('takes the first valid address of %j', (text, expected) => {
    expect(EmailAddress.firstValidIn(text).email?.value).toBe(expected);
  });

  it('finds none in a field without a valid address', () => {
    expect(EmailAddress.firstValidIn('n/a; none').email).toBeNull();
  });
});

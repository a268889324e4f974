import { hasInvisibleCharacters, normaliseEmail } from './email-address';

describe('sign-in emails', () => {
  it('normalise to trimmed, NFC, lower case', () => {
    expect(normaliseEmail('  Jose\u0301@Example.COM ')).toBe('jos\u00e9@example.com');
    expect(normaliseEmail('JOS\u00c9@example.com')).toBe(normaliseEmail('jose\u0301@example.com'));
  });

  it.each([
    ['zero-width space', '\u200B'],
    ['zero-width non-joiner', '\u200C'],
    ['zero-width joiner', '\u200D'],
    ['word joiner', '\u2060'],
    ['left-to-right mark', '\u200E'],
    ['right-to-left mark', '\u200F'],
    ['right-to-left override', '\u202E'],
    ['first-strong isolate', '\u2068'],
    ['byte-order mark', '\uFEFF'],
    ['soft hyphen', '\u00AD'],
    ['NUL', '\u0000'],
    ['lone surrogate', '\uD800'],
    ['no-break space', '\u00A0'],
  ])('refuse a %s anywhere', (_name, character) => {
    expect(hasInvisibleCharacters(`ja${character}ne@example.com`)).toBe(true);
    expect(hasInvisibleCharacters(`${character}jane@example.com`)).toBe(true);
  });

  it('accept addresses in any script', () => {
    expect(hasInvisibleCharacters('jos\u00e9@example.com')).toBe(false);
    expect(hasInvisibleCharacters('\u7528\u6237@\u4f8b\u5b50.\u4e2d\u56fd')).toBe(false);
  });
});

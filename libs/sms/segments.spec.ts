import { measureSms, splitSms } from './index';

const EMOJI = '😀'; // one code point, a surrogate pair: 2 UTF-16 units

describe('measureSms in GSM-7', () => {
  it.each([
    [1, 1],
    [160, 1],
    [161, 2],
    [306, 2],
    [307, 3],
    [459, 3],
    [460, 4],
  ])('counts %i plain characters as %i part(s)', (length, parts) => {
    expect(measureSms('a'.repeat(length))).toEqual({ encoding: 'GSM-7', length, parts });
  });

  it('counts an extension-table character as two septets', () => {
    expect(measureSms('€')).toEqual({ encoding: 'GSM-7', length: 2, parts: 1 });
    expect(measureSms('{}[]~|^\\\f')).toEqual({ encoding: 'GSM-7', length: 18, parts: 1 });
    expect(measureSms('€'.repeat(80))).toEqual({ encoding: 'GSM-7', length: 160, parts: 1 });
    expect(measureSms('a' + '€'.repeat(80))).toEqual({ encoding: 'GSM-7', length: 161, parts: 2 });
  });

  it('keeps the whole default alphabet, with £, newlines and Greek capitals, in GSM-7', () => {
    expect(measureSms('£5 due 5/12. Δ ΩÉ ¿ ¡ § ¤ @\r\n').encoding).toBe('GSM-7');
  });

  it('never splits an extension pair across parts, so a part then holds 152 septets', () => {
    const text = 'a'.repeat(152) + '€' + 'b'.repeat(10);
    expect(measureSms(text)).toEqual({ encoding: 'GSM-7', length: 164, parts: 2 });
    expect(splitSms(text)).toEqual(['a'.repeat(152), '€' + 'b'.repeat(10)]);
  });

  it('needs a third part when a split pair pushes the second part past 153 septets', () => {
    // 152 + (2 + 152) septets = 306 would fit two parts of 153 if the pair could be split.
    const text = 'a'.repeat(152) + '€' + 'b'.repeat(152);
    expect(measureSms(text)).toEqual({ encoding: 'GSM-7', length: 306, parts: 3 });
    expect(splitSms(text)).toEqual(['a'.repeat(152), '€' + 'b'.repeat(151), 'b']);
  });

  it('splits at exactly 153 septets when a pair ends a part', () => {
    const text = 'a'.repeat(151) + '€' + 'b'.repeat(10);
    expect(splitSms(text)).toEqual(['a'.repeat(151) + '€', 'b'.repeat(10)]);
  });
});

describe('measureSms in UCS-2', () => {
  it.each([
    [1, 1],
    [70, 1],
    [71, 2],
    [134, 2],
    [135, 3],
    [201, 3],
    [202, 4],
  ])('counts %i units as %i part(s)', (length, parts) => {
    const text = 'Ж' + 'a'.repeat(length - 1);
    expect(measureSms(text)).toEqual({ encoding: 'UCS-2', length, parts });
  });

  it('becomes UCS-2 for one character outside the GSM tables', () => {
    expect(measureSms('It’s due').encoding).toBe('UCS-2');
    expect(measureSms('ç').encoding).toBe('UCS-2');
    expect(measureSms('a\tb').encoding).toBe('UCS-2');
  });

  it('counts an emoji as two UTF-16 units', () => {
    expect(measureSms(EMOJI)).toEqual({ encoding: 'UCS-2', length: 2, parts: 1 });
    expect(measureSms(EMOJI.repeat(35))).toEqual({ encoding: 'UCS-2', length: 70, parts: 1 });
    expect(measureSms('a' + EMOJI.repeat(35))).toEqual({ encoding: 'UCS-2', length: 71, parts: 2 });
  });

  it('never splits a surrogate pair across parts', () => {
    const text = 'a'.repeat(66) + EMOJI + 'b'.repeat(10);
    expect(measureSms(text)).toEqual({ encoding: 'UCS-2', length: 78, parts: 2 });
    expect(splitSms(text)).toEqual(['a'.repeat(66), EMOJI + 'b'.repeat(10)]);
  });

  it('needs a third part when a surrogate pair cannot be split', () => {
    // 66 + (2 + 66) units = 134 would fit two parts of 67 if the pair could be split.
    const text = 'a'.repeat(66) + EMOJI + 'b'.repeat(66);
    expect(measureSms(text)).toEqual({ encoding: 'UCS-2', length: 134, parts: 3 });
    expect(splitSms(text)).toEqual(['a'.repeat(66), EMOJI + 'b'.repeat(65), 'b']);
  });
});

describe('splitSms', () => {
  it('gives a single part as the whole text', () => {
    expect(splitSms('a'.repeat(160))).toEqual(['a'.repeat(160)]);
    expect(splitSms('Ж'.repeat(70))).toEqual(['Ж'.repeat(70)]);
  });

  it('fills GSM-7 parts of 153 septets and UCS-2 parts of 67 units, joining back to the text', () => {
    const gsm = 'x'.repeat(307);
    expect(splitSms(gsm).map((part) => part.length)).toEqual([153, 153, 1]);
    const ucs = 'Ж'.repeat(135);
    expect(splitSms(ucs).map((part) => part.length)).toEqual([67, 67, 1]);
    expect(splitSms(gsm).join('')).toBe(gsm);
    expect(splitSms(ucs).join('')).toBe(ucs);
  });

  it('has as many parts as measureSms counts', () => {
    for (const text of ['', 'hi', 'a'.repeat(500), '€'.repeat(200), EMOJI.repeat(100), 'Ж'.repeat(300)]) {
      expect(splitSms(text)).toHaveLength(measureSms(text).parts);
    }
  });

  it('gives no part for an empty text, which cannot be sent', () => {
    expect(measureSms('')).toEqual({ encoding: 'GSM-7', length: 0, parts: 0 });
    expect(splitSms('')).toEqual([]);
  });
});

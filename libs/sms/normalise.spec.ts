import { measureSms, normaliseToGsm } from './index';

describe('normaliseToGsm', () => {
  it.each([
    ['It’s ‘due’', "It's 'due'"],
    ['“Thanks”', '"Thanks"'],
    ['«merci»', '"merci"'],
    ['10–12 Dec — today', '10-12 Dec - today'],
    ['minus −5', 'minus -5'],
    ['wait…', 'wait...'],
    ['• item', '- item'],
    ['a\u00a0b\u202fc\u2009d\u3000e', 'a b c d e'],
    ['tab\there', 'tab here'],
    ['line\u2028break', 'line\nbreak'],
    ['zero\u200bwidth\ufeff', 'zerowidth'],
    ['cafe\u0301', 'café'],
  ])('turns %j into %j, which is GSM-7', (input, expected) => {
    const normalised = normaliseToGsm(input);
    expect(normalised).toBe(expected);
    expect(measureSms(normalised).encoding).toBe('GSM-7');
  });

  it('keeps characters that are already GSM-7, extension table included', () => {
    const text = 'Pay £1,234.50 or €5 {ref} [x] ~ | ^ \\ @ Ä ñ ü à é ß\r\n';
    expect(normaliseToGsm(text)).toBe(text);
  });

  it('keeps characters without an equivalent, so the message is UCS-2', () => {
    const text = 'Merci François 😀 ™ Ж';
    expect(normaliseToGsm(text)).toBe(text);
    expect(measureSms(normaliseToGsm('It’s 😀')).encoding).toBe('UCS-2');
    expect(normaliseToGsm('It’s 😀')).toBe("It's 😀");
  });

  it('halves the parts of a long message that only had curly quotes', () => {
    const text = '“Hello”, it’s your invoice. '.repeat(5);
    expect(measureSms(text)).toMatchObject({ encoding: 'UCS-2', parts: 3 });
    expect(measureSms(normaliseToGsm(text))).toMatchObject({ encoding: 'GSM-7', parts: 1 });
  });
});

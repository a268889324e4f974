import { withinLimit } from './contact-limits';

describe('withinLimit', () => {
  it('answers a text that fits as it is', () => {
    expect(withinLimit('Grace Jones', 11)).toBe('Grace Jones');
  });

  it('counts characters, not UTF-16 units: four emoji fit a limit of four', () => {
    const text = '😀😁😂🤣';
    expect(text.length).toBe(8);
    expect(withinLimit(text, 4)).toBe(text);
  });

  it('cuts a longer text at a character, never inside a surrogate pair', () => {
    expect(withinLimit('😀😁😂🤣', 3)).toBe('😀😁😂');
    expect(withinLimit('Hartley & Moss', 7)).toBe('Hartley');
  });
});

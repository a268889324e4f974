import { sameValue } from './same-value';

describe('sameValue', () => {
  it('compares plain data deeply, blind to key order', () => {
    expect(sameValue({ a: 1, b: [{ c: '2', d: null }] }, { b: [{ d: null, c: '2' }], a: 1 })).toBe(true);
    expect(sameValue(12000n, 12000n)).toBe(true);
    expect(sameValue({ a: undefined }, {})).toBe(true);
  });

  it('tells different data apart', () => {
    expect(sameValue(12000n, 12001n)).toBe(false);
    expect(sameValue([1, 2], [1, 2, 3])).toBe(false);
    expect(sameValue({ a: null }, { a: 0 })).toBe(false);
    expect(sameValue([1], { 0: 1 })).toBe(false);
    expect(sameValue('1', 1)).toBe(false);
  });
});

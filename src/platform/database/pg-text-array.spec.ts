import * as pg from 'pg';
import { textArray } from './pg-text-array';

/** pg's own conversion of a parameter to text (its utils are not in @types/pg). */
const { prepareValue } = (pg as unknown as { utils: { prepareValue(value: unknown): unknown } }).utils;

describe('textArray', () => {
  const cases: (string | null)[][] = [
    [],
    ['1', '22', '333'],
    ['', 'NULL', 'null', ' spaced ', 'a,b', '{braces}'],
    ['say "hi"', 'back\\slash', '\\"', 'tab\there', 'line\nbreak', 'café ✓ 😀'],
    [null, 'x', null],
  ];

  it.each(cases)('makes the text pg makes of the same array (%#)', (...values) => {
    expect(textArray(values)).toBe(prepareValue(values));
  });

  it('quotes every element and escapes quotes and backslashes', () => {
    expect(textArray(['a"b', 'c\\d', null, ''])).toBe('{"a\\"b","c\\\\d",NULL,""}');
  });
});

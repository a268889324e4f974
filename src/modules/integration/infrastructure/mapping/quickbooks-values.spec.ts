import { InvalidDecimalError } from '../../../../../libs/money';
import { exactDecimalString } from './quickbooks-values';

describe('exactDecimalString', () => {
  it.each([
    [92.5633333, '92.5633333'],
    [-0.5, '-0.5'],
    [100, '100'],
    [0, '0'],
    [-0, '0'],
    [1.5e-7, '0.00000015'],
    [1e21, '1000000000000000000000'],
    [-2.5e-7, '-0.00000025'],
  ])('reads the number %p as "%s"', (value, expected) => {
    expect(exactDecimalString(value)).toBe(expected);
  });

  it.each([
    [' 7.50 ', '7.50'],
    ['+7', '7'],
    ['1.5e-7', '0.00000015'],
  ])('reads the text %p as "%s"', (value, expected) => {
    expect(exactDecimalString(value)).toBe(expected);
  });

  it('answers null for an absent value', () => {
    expect(exactDecimalString(undefined)).toBeNull();
    expect(exactDecimalString(null)).toBeNull();
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, '1,000', 'abc'])('refuses %p', (value) => {
    expect(() => exactDecimalString(value)).toThrow(InvalidDecimalError);
  });
});

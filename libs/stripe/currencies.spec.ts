import { stripeAmountProblem, stripeExponent } from './currencies';

describe('Stripe currencies', () => {
  it.each([
    ['gbp', 2],
    ['EUR', 2],
    ['jpy', 0],
    ['krw', 0],
    ['bhd', 3],
    ['kwd', 3],
    ['isk', 2],
  ])('%s has %i decimal places in Stripe amounts', (currency, exponent) => {
    expect(stripeExponent(currency)).toBe(exponent);
  });

  it('takes whole minor units and refuses fractions or negatives', () => {
    expect(stripeAmountProblem('gbp', 12345)).toBeUndefined();
    expect(stripeAmountProblem('gbp', 12.5)).toMatch(/integer/);
    expect(stripeAmountProblem('gbp', -1)).toMatch(/integer/);
  });

  it('wants three-decimal amounts rounded to tens and ISK in whole hundreds', () => {
    expect(stripeAmountProblem('bhd', 1230)).toBeUndefined();
    expect(stripeAmountProblem('bhd', 1235)).toMatch(/multiple of 10/);
    expect(stripeAmountProblem('isk', 50000)).toBeUndefined();
    expect(stripeAmountProblem('isk', 50050)).toMatch(/multiple of 100/);
  });
});

import { fromStripeAmount, toStripeAmount } from './stripe-amount';

describe('Stripe amounts', () => {
  it("sends Settle's minor units in Stripe's: pence, yen, and ISK ×100", () => {
    expect(toStripeAmount(12345n, 'GBP')).toBe(12345);
    expect(toStripeAmount(5000n, 'JPY')).toBe(5000);
    expect(toStripeAmount(1500n, 'ISK')).toBe(150000);
    expect(fromStripeAmount(150000, 'isk')).toBe(1500n);
    expect(fromStripeAmount(2500, 'gbp')).toBe(2500n);
  });

  it('refuses what Stripe would refuse', () => {
    expect(() => toStripeAmount(12345n, 'BHD')).toThrow('multiple of 10');
    expect(() => toStripeAmount(0n, 'GBP')).toThrow('nothing is due');
  });
});

import { crezcoTokenOf, referenceOf } from './payment-reference';

describe('referenceOf', () => {
  it('keeps an id that fits QuickBooks, and shortens a longer one to its prefix and ending', () => {
    expect(referenceOf('pi_123')).toBe('pi_123');
    const reference = referenceOf('pi_3QxYzAbCdEfGhIjKlMnOpQrStUv');
    expect(reference).toBe('pi_EfGhIjKlMnOpQrStUv');
    expect(reference).toHaveLength(21);
    expect(referenceOf('pi_3QxYzAbCdEfGhIjKlMnOpQrStUv')).toBe(reference);
  });
});

describe('crezcoTokenOf', () => {
  it('is CZ- and the last 12 hex digits of the payment id, always the same', () => {
    expect(crezcoTokenOf('02ea8cc2-a831-4e3a-87e6-2c25c7bf42dc')).toBe('CZ-2C25C7BF42DC');
    expect(crezcoTokenOf('02ea8cc2-a831-4e3a-87e6-2c25c7bf42dc').length).toBeLessThanOrEqual(21);
  });
});

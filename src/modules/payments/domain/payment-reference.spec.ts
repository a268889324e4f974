import { referenceOf } from './payment-reference';

describe('referenceOf', () => {
  it('keeps an id that fits QuickBooks, and shortens a longer one to its prefix and ending', () => {
    expect(referenceOf('pi_123')).toBe('pi_123');
    const reference = referenceOf('pi_3QxYzAbCdEfGhIjKlMnOpQrStUv');
    expect(reference).toBe('pi_EfGhIjKlMnOpQrStUv');
    expect(reference).toHaveLength(21);
    expect(referenceOf('pi_3QxYzAbCdEfGhIjKlMnOpQrStUv')).toBe(reference);
  });
});

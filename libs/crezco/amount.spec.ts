import { crezcoAmount, parseCrezcoAmount } from './amount';

describe('Crezco amounts', () => {
  it('formats pence as a decimal string in pounds', () => {
    expect(crezcoAmount(4242n)).toBe('42.42');
    expect(crezcoAmount(5n)).toBe('0.05');
    expect(crezcoAmount(100n)).toBe('1.00');
    expect(crezcoAmount(123456789012345678n)).toBe('1234567890123456.78');
  });

  it('refuses a negative amount', () => {
    expect(() => crezcoAmount(-1n)).toThrow(RangeError);
  });

  it('parses what Crezco accepts back to pence', () => {
    expect(parseCrezcoAmount('42.42')).toBe(4242n);
    expect(parseCrezcoAmount('42.4')).toBe(4240n);
    expect(parseCrezcoAmount('42')).toBe(4200n);
    expect(parseCrezcoAmount('0.01')).toBe(1n);
  });

  it('refuses anything else', () => {
    for (const bad of ['', '42.', '.5', '-1.00', '+1', '1.005', '1e2', '01.00', '1,000.00', ' 1.00']) {
      expect(parseCrezcoAmount(bad)).toBeUndefined();
    }
  });
});

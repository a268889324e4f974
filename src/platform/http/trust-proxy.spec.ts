import { trustProxyFrom } from './trust-proxy';

describe('trustProxyFrom', () => {
  it('trusts no proxy unless told to', () => {
    expect(trustProxyFrom(undefined)).toBe(false);
    expect(trustProxyFrom('')).toBe(false);
    expect(trustProxyFrom(' false ')).toBe(false);
  });

  it('reads true, a number of hops, or a list of addresses', () => {
    expect(trustProxyFrom('true')).toBe(true);
    expect(trustProxyFrom('2')).toBe(2);
    expect(trustProxyFrom('loopback, 10.0.0.0/8')).toBe('loopback, 10.0.0.0/8');
  });
});

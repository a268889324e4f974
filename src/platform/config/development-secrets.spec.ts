import { developmentSecretsInUse, developmentSecretsWarning, listenAddressOf } from './development-secrets';

const JWT_SECRET = 'x'.repeat(40);
const ENCRYPTION_KEY = Buffer.alloc(32, 7).toString('base64');

describe('development secrets', () => {
  it('listen on the loopback address only while a secret is unset', () => {
    expect(listenAddressOf({})).toBe('127.0.0.1');
    expect(listenAddressOf({ JWT_SECRET })).toBe('127.0.0.1');
    expect(listenAddressOf({ ENCRYPTION_KEY })).toBe('127.0.0.1');
    expect(listenAddressOf({ JWT_SECRET, ENCRYPTION_KEY })).toBeUndefined();
  });

  it('listen where LISTEN_ADDRESS says, whatever the secrets', () => {
    expect(listenAddressOf({ LISTEN_ADDRESS: '0.0.0.0' })).toBe('0.0.0.0');
    expect(listenAddressOf({ JWT_SECRET, ENCRYPTION_KEY, LISTEN_ADDRESS: '10.0.0.2' })).toBe('10.0.0.2');
  });

  it('name the unset secrets in a loud warning, and give none once both are set', () => {
    expect(developmentSecretsInUse({ JWT_SECRET })).toEqual(['ENCRYPTION_KEY']);
    expect(developmentSecretsWarning({})).toMatch(
      /^DEVELOPMENT SECRETS IN USE: JWT_SECRET and ENCRYPTION_KEY are unset.*127\.0\.0\.1 only/,
    );
    expect(developmentSecretsWarning({ ENCRYPTION_KEY, LISTEN_ADDRESS: '0.0.0.0' })).toMatch(
      /JWT_SECRET is unset.*listens on 0\.0\.0\.0, as LISTEN_ADDRESS says/,
    );
    expect(developmentSecretsWarning({ JWT_SECRET, ENCRYPTION_KEY })).toBeUndefined();
  });
});

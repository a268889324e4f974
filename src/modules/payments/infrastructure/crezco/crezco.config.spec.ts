import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getMetadataStorage } from 'class-validator';
import { EnvironmentError } from '../../../../platform/config/environment';
import { CrezcoEnvironment, readCrezcoConfig } from './crezco.config';

const envExample = (): Record<string, string> =>
  Object.fromEntries(
    readFileSync(join(__dirname, '../../../../../.env.example'), 'utf8')
      .split('\n')
      .filter((line) => /^[A-Z_0-9]+=/.test(line))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );

describe('the CREZCO_* configuration', () => {
  it("defaults to Crezco's production hosts, GBP only, and no partner", () => {
    expect(readCrezcoConfig({})).toMatchObject({
      configured: false,
      apiBaseUrl: 'https://api.crezco.com',
      onboardingUrl: 'https://app.crezco.com/onboarding',
      currencies: ['GBP'],
      completedStatus: 'Completed',
      redirectUri: 'http://localhost:3000/api/v1/integrations/crezco/callback',
    });
  });

  it('reads .env.example as it is, and has every CREZCO_* variable in it', () => {
    expect(readCrezcoConfig(envExample()).configured).toBe(false);
    const declared = getMetadataStorage()
      .getTargetValidationMetadatas(CrezcoEnvironment, '', true, false)
      .map((rule) => rule.propertyName);
    expect(Object.keys(envExample())).toEqual(expect.arrayContaining([...new Set(declared)]));
  });

  it('names the variable that is wrong, and asks for the key and the partner id together', () => {
    expect(() => readCrezcoConfig({ CREZCO_API_BASE_URL: 'https://api.crezco.com/v1' })).toThrow(/CREZCO_API_BASE_URL/);
    expect(() => readCrezcoConfig({ CREZCO_CURRENCIES: 'GBP;EUR' })).toThrow(EnvironmentError);
    expect(() => readCrezcoConfig({ CREZCO_API_KEY: 'key-12345678' })).toThrow(/set both/);
    const config = readCrezcoConfig({
      CREZCO_API_KEY: 'key-12345678',
      CREZCO_PARTNER_ID: 'settle-sandbox',
      CREZCO_CURRENCIES: 'gbp, eur',
    });
    expect(config).toMatchObject({ configured: true, currencies: ['GBP', 'EUR'] });
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getMetadataStorage } from 'class-validator';
import { EnvironmentError } from '../../../platform/config/environment';
import { QuickBooksEnvironment, readQuickBooksConfig, validateQuickBooksEnvironment } from './quickbooks.config';

const envExample = (): Record<string, string> =>
  Object.fromEntries(
    readFileSync(join(__dirname, '../../../../.env.example'), 'utf8')
      .split('\n')
      .filter((line) => /^[A-Z_0-9]+=/.test(line))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );

const messageOf = (work: () => unknown): string => {
  try {
    work();
    return '';
  } catch (error) {
    expect(error).toBeInstanceOf(EnvironmentError);
    return (error as Error).message;
  }
};

describe('QuickBooks configuration', () => {
  it("talks to Intuit's production endpoints by default, with Intuit's limits", () => {
    expect(readQuickBooksConfig({})).toMatchObject({
      configured: false,
      environment: 'production',
      redirectUri: 'http://localhost:3000/api/v1/integrations/quickbooks/callback',
      apiBaseUrl: 'https://quickbooks.api.intuit.com',
      userInfoUrl: 'https://accounts.platform.intuit.com/v1/openid_connect/userinfo',
      minorVersion: 75,
      requestsPerMinute: 500,
      concurrentRequests: 10,
      maxAttempts: 6,
      cdcIntervalSeconds: 300,
    });
    expect(validateQuickBooksEnvironment({}).QBO_SANDBOX_PORT).toBe(4010);
  });

  it("follows QBO_ENVIRONMENT, PUBLIC_URL and any endpoint's override", () => {
    const config = readQuickBooksConfig({
      QBO_ENVIRONMENT: 'sandbox',
      PUBLIC_URL: 'https://settle.example/',
      QBO_API_BASE_URL: 'http://127.0.0.1:4010/',
      QBO_TOKEN_URL: 'http://127.0.0.1:4010/oauth2/v1/tokens/bearer',
      QBO_MAX_ATTEMPTS: '3',
    });
    expect(config).toMatchObject({
      environment: 'sandbox',
      redirectUri: 'https://settle.example/api/v1/integrations/quickbooks/callback',
      apiBaseUrl: 'http://127.0.0.1:4010',
      tokenUrl: 'http://127.0.0.1:4010/oauth2/v1/tokens/bearer',
      userInfoUrl: 'https://sandbox-accounts.platform.intuit.com/v1/openid_connect/userinfo',
      maxAttempts: 3,
    });
  });

  it('names every malformed QBO_* variable in one message', () => {
    const message = messageOf(() =>
      readQuickBooksConfig({
        QBO_ENVIRONMENT: 'staging',
        QBO_API_BASE_URL: 'https://quickbooks.api.intuit.com/v3',
        QBO_MAX_ATTEMPTS: '50',
        QBO_MINOR_VERSION: 'latest',
      }),
    );
    expect(message).toMatch(/^Invalid configuration:/);
    expect(message).toMatch(/^\s+QBO_ENVIRONMENT: .*sandbox, production/m);
    expect(message).toMatch(/^\s+QBO_API_BASE_URL: .*must be the host part only/m);
    expect(message).toMatch(/^\s+QBO_MAX_ATTEMPTS: /m);
    expect(message).toMatch(/^\s+QBO_MINOR_VERSION: .*integer/m);
  });

  it('wants all three QuickBooks credentials or none', () => {
    expect(messageOf(() => readQuickBooksConfig({ QBO_CLIENT_ID: 'abc' }))).toMatch(/set all three/);
    const app = { QBO_CLIENT_ID: 'abc', QBO_CLIENT_SECRET: 'secret', QBO_WEBHOOK_VERIFIER_TOKEN: 'verifier' };
    expect(readQuickBooksConfig(app)).toMatchObject({ configured: true, clientId: 'abc', verifierToken: 'verifier' });
  });

  it('reads .env.example as it is, which lists every QBO_* variable', () => {
    const example = envExample();
    expect(readQuickBooksConfig(example)).toMatchObject({ configured: false, environment: 'production' });
    const declared = getMetadataStorage()
      .getTargetValidationMetadatas(QuickBooksEnvironment, '', true, false)
      .map((rule) => rule.propertyName);
    expect(Object.keys(example)).toEqual(expect.arrayContaining([...new Set(declared)]));
  });
});

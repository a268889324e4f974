import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getMetadataStorage } from 'class-validator';
import { Environment, validateEnvironment } from './environment';

const envExample = (): Record<string, string> =>
  Object.fromEntries(
    readFileSync(join(__dirname, '../../../.env.example'), 'utf8')
      .split('\n')
      .filter((line) => /^[A-Z_0-9]+=/.test(line))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );

describe('validateEnvironment', () => {
  it('fills every default for an empty environment', () => {
    const env = validateEnvironment({});
    expect(env).toMatchObject({
      ROLE: 'all',
      PORT: 3000,
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/settle',
      REDIS_URL: 'redis://127.0.0.1:6379',
    });
  });

  it('converts numbers and keeps given values', () => {
    const env = validateEnvironment({ PORT: '8080', ROLE: 'worker', DATABASE_URL: 'postgres://u@db:5432/x' });
    expect(env).toMatchObject({ PORT: 8080, ROLE: 'worker', DATABASE_URL: 'postgres://u@db:5432/x' });
  });

  it('names every malformed variable in one message', () => {
    const message = (() => {
      try {
        validateEnvironment({ PORT: 'eighty', ROLE: 'both', REDIS_URL: 'localhost' });
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toMatch(/^\s+PORT: .*integer/m);
    expect(message).toMatch(/^\s+ROLE: .*all, api, worker/m);
    expect(message).toMatch(/^\s+REDIS_URL: /m);
  });

  it("gives the worker a lower CPU priority unless told otherwise, within nice's range", () => {
    expect(validateEnvironment({}).WORKER_NICE).toBe(10);
    expect(validateEnvironment({ WORKER_NICE: '0' }).WORKER_NICE).toBe(0);
    expect(() => validateEnvironment({ WORKER_NICE: '20' })).toThrow(/WORKER_NICE: .*19/);
    expect(() => validateEnvironment({ WORKER_NICE: '-5' })).toThrow(/WORKER_NICE: .*0/);
  });

  it('requires real secrets in production', () => {
    expect(() => validateEnvironment({ NODE_ENV: 'production' })).toThrow(
      /JWT_SECRET: required[\s\S]*ENCRYPTION_KEY: required/,
    );
    expect(() =>
      validateEnvironment({
        NODE_ENV: 'production',
        JWT_SECRET: 'x'.repeat(40),
        ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
      }),
    ).not.toThrow();
  });

  it('refuses a short JWT secret and a key of the wrong size', () => {
    expect(() => validateEnvironment({ JWT_SECRET: 'short', ENCRYPTION_KEY: 'c2hvcnQ=' })).toThrow(
      /JWT_SECRET[\s\S]*ENCRYPTION_KEY/,
    );
  });

  it('reads .env.example as it is: every empty value means the default', () => {
    expect(validateEnvironment(envExample())).toMatchObject({ PORT: 3000, ROLE: 'all', LOG_LEVEL: 'info' });
  });

  it('has every platform variable in .env.example', () => {
    const declared = getMetadataStorage()
      .getTargetValidationMetadatas(Environment, '', true, false)
      .map((rule) => rule.propertyName);
    expect(Object.keys(envExample())).toEqual(expect.arrayContaining([...new Set(declared)]));
  });

  it('knows no context: a variable it does not declare is left to whoever does', () => {
    const env = validateEnvironment({ QBO_MAX_ATTEMPTS: 'many' });
    expect(env).not.toHaveProperty('QBO_ENVIRONMENT');
  });
});

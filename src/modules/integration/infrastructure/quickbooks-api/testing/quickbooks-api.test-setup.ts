import { randomUUID } from 'node:crypto';
import type { ConfigType } from '@nestjs/config';
import { testRedisUrl } from '../../../../../../libs/testing';
import type { redisConfig } from '../../../../../platform/config/settle.config';
import type { QuickBooksCompanyRef } from '../../../domain/quickbooks-company.ref';
import type { QuickBooksConfig } from '../../quickbooks.config';
import { QuickBooksApiClient } from '../quickbooks-api.client';
import type { QuickBooksApiOptions } from '../quickbooks-api.options';
import { QuickBooksRateLimiter } from '../quickbooks-rate-limiter';
import { QuickBooksTransport } from '../quickbooks-transport';
import type { AccessTokenSource } from '../../../domain/access-token-source.port';

/** A Redis config whose key prefix is unique to the caller, so test files never share keys. */
export function testRedisConfig(name: string): ConfigType<typeof redisConfig> {
  return { url: testRedisUrl(), queuePrefix: `test-${name}-${randomUUID()}`, outboxPollMs: 1000, retryBaseMs: 10 };
}

export function testQuickBooksConfig(apiBaseUrl: string, overrides: Partial<QuickBooksConfig> = {}): QuickBooksConfig {
  return {
    clientId: 'sandbox-client-id',
    clientSecret: 'sandbox-client-secret',
    verifierToken: 'sandbox-verifier-token',
    configured: true,
    environment: 'sandbox',
    redirectUri: 'http://localhost:3000/callback',
    apiBaseUrl,
    authorizeUrl: `${apiBaseUrl}/connect/oauth2`,
    tokenUrl: `${apiBaseUrl}/oauth2/v1/tokens/bearer`,
    revokeUrl: `${apiBaseUrl}/v2/oauth2/tokens/revoke`,
    userInfoUrl: `${apiBaseUrl}/v1/openid_connect/userinfo`,
    minorVersion: 75,
    requestsPerMinute: 500,
    concurrentRequests: 10,
    retryBaseMs: 5,
    throttleRetryMs: 5,
    maxAttempts: 4,
    cdcIntervalSeconds: 300,
    ...overrides,
  };
}

export function companyRef(realmId: string): QuickBooksCompanyRef {
  return { connectionId: `connection-${realmId}`, accountId: `account-${realmId}`, realmId };
}

/** A client wired as the Nest module wires it: one "process" with its own Redis connection. */
export function buildClient(
  config: QuickBooksConfig,
  redis: ConfigType<typeof redisConfig>,
  tokens: AccessTokenSource,
  options: QuickBooksApiOptions = {},
): { client: QuickBooksApiClient; limiter: QuickBooksRateLimiter } {
  const limiter = new QuickBooksRateLimiter(redis, config, options);
  return { client: new QuickBooksApiClient(new QuickBooksTransport(config, tokens, limiter, options)), limiter };
}

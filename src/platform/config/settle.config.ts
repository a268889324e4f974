import { registerAs } from '@nestjs/config';
import { validateEnvironment } from './environment';
import { queuePrefixOf } from './queue-prefix';

const env = () => validateEnvironment(process.env);

/** Fixed development secrets, refused in production by validateEnvironment. */
const DEVELOPMENT_JWT_SECRET = 'settle-development-only-jwt-secret-change-me';
const DEVELOPMENT_ENCRYPTION_KEY = 'c2V0dGxlLWRldmVsb3BtZW50LW9ubHktYWVzLWtleSE=';

export const appConfig = registerAs('app', () => {
  const e = env();
  return {
    nodeEnv: e.NODE_ENV,
    role: e.ROLE,
    port: e.PORT,
    publicUrl: e.PUBLIC_URL.replace(/\/$/, ''),
    bodyLimitBytes: e.HTTP_BODY_LIMIT_BYTES,
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    adminUser: e.ADMIN_USER,
    adminPassword: e.ADMIN_PASSWORD,
  };
});

export const databaseConfig = registerAs('database', () => ({ url: env().DATABASE_URL }));

export const redisConfig = registerAs('redis', () => {
  const e = env();
  return {
    url: e.REDIS_URL,
    queuePrefix: e.QUEUE_PREFIX ?? queuePrefixOf(e.DATABASE_URL),
    outboxPollMs: e.OUTBOX_POLL_MS,
    retryBaseMs: e.QUEUE_RETRY_BASE_MS,
  };
});

export const authConfig = registerAs('auth', () => {
  const e = env();
  return {
    jwtSecret: e.JWT_SECRET ?? DEVELOPMENT_JWT_SECRET,
    jwtExpiresIn: e.JWT_EXPIRES_IN,
    encryptionKey: Buffer.from(e.ENCRYPTION_KEY ?? DEVELOPMENT_ENCRYPTION_KEY, 'base64'),
    usesDevelopmentSecrets: !e.JWT_SECRET || !e.ENCRYPTION_KEY,
    rateLimitPerMinute: e.AUTH_RATE_LIMIT_PER_MINUTE,
  };
});

export const settleConfigs = [appConfig, databaseConfig, redisConfig, authConfig];

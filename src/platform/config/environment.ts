import { plainToInstance, Transform } from 'class-transformer';
import { IsEnum, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

export const ROLES = ['all', 'api', 'worker'] as const;
export type ProcessRole = (typeof ROLES)[number];

enum NodeEnv {
  development = 'development',
  production = 'production',
  test = 'test',
}

const HTTP_URL = /^https?:\/\/\S+$/;
const HTTP_ORIGIN = /^https?:\/\/[^/\s]+\/?$/;

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

/** Every variable Settle reads. Defaults suit a developer machine; production must set secrets. */
export class Environment {
  @IsEnum(NodeEnv)
  NODE_ENV: NodeEnv = NodeEnv.development;

  @IsIn(ROLES)
  ROLE: ProcessRole = 'all';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  @Matches(/^https?:\/\/\S+$/, { message: 'PUBLIC_URL must be an http(s) URL' })
  PUBLIC_URL = 'http://localhost:3000';

  @Matches(/^postgres(ql)?:\/\/\S+\/[A-Za-z0-9_]+$/, {
    message: 'DATABASE_URL must be postgres://user@host:port/database',
  })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/settle';

  @Matches(/^rediss?:\/\/\S+$/, { message: 'REDIS_URL must be redis://host:port' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  @IsString()
  @Matches(/^[A-Za-z0-9_:-]+$/, { message: 'QUEUE_PREFIX may hold letters, digits, _ : -' })
  QUEUE_PREFIX = 'settle';

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  @IsString()
  @Matches(/^\d+[smhd]$/, { message: 'JWT_EXPIRES_IN must look like 15m, 12h or 7d' })
  JWT_EXPIRES_IN = '12h';

  @IsOptional()
  @Matches(/^[A-Za-z0-9+/]{43}=$/, { message: 'ENCRYPTION_KEY must be 32 bytes in base64' })
  ENCRYPTION_KEY?: string;

  @IsOptional()
  @IsString()
  @MinLength(12, { message: 'ADMIN_PASSWORD must be at least 12 characters' })
  ADMIN_PASSWORD?: string;

  @IsString()
  ADMIN_USER = 'admin';

  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(10_485_760)
  HTTP_BODY_LIMIT_BYTES = 1_048_576;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  AUTH_RATE_LIMIT_PER_MINUTE = 20;

  @Transform(toInt)
  @IsInt()
  @Min(10)
  OUTBOX_POLL_MS = 500;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  QUEUE_RETRY_BASE_MS = 1000;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @IsOptional()
  @IsString()
  @MinLength(1)
  QBO_CLIENT_ID?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  QBO_CLIENT_SECRET?: string;

  @IsOptional()
  @Matches(HTTP_URL, { message: 'QBO_REDIRECT_URI must be an http(s) URL' })
  QBO_REDIRECT_URI?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  QBO_WEBHOOK_VERIFIER_TOKEN?: string;

  @IsIn(['sandbox', 'production'])
  QBO_ENVIRONMENT: 'sandbox' | 'production' = 'production';

  @IsOptional()
  @Matches(HTTP_ORIGIN, {
    message: 'QBO_API_BASE_URL must be the host part only, e.g. https://quickbooks.api.intuit.com',
  })
  QBO_API_BASE_URL?: string;

  @IsOptional()
  @Matches(HTTP_URL, { message: 'QBO_AUTHORIZE_URL must be an http(s) URL' })
  QBO_AUTHORIZE_URL?: string;

  @IsOptional()
  @Matches(HTTP_URL, { message: 'QBO_TOKEN_URL must be an http(s) URL' })
  QBO_TOKEN_URL?: string;

  @IsOptional()
  @Matches(HTTP_URL, { message: 'QBO_REVOKE_URL must be an http(s) URL' })
  QBO_REVOKE_URL?: string;

  @IsOptional()
  @Matches(HTTP_URL, { message: 'QBO_USERINFO_URL must be an http(s) URL' })
  QBO_USERINFO_URL?: string;

  @Transform(toInt)
  @IsInt()
  @Min(75)
  QBO_MINOR_VERSION = 75;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  QBO_REQUESTS_PER_MINUTE = 500;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  QBO_CONCURRENT_REQUESTS = 10;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  QBO_RETRY_BASE_MS = 1000;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  QBO_THROTTLE_RETRY_MS = 60_000;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(20)
  QBO_MAX_ATTEMPTS = 6;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  QBO_CDC_INTERVAL_SECONDS = 300;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  QBO_SANDBOX_PORT = 4010;
}

export class EnvironmentError extends Error {}

/** Parses and checks the environment; the message names every variable that is wrong. */
export function validateEnvironment(raw: Record<string, unknown>): Environment {
  // An empty value (`QBO_CLIENT_ID=` in a copied .env.example) means "not set", not "set to nothing".
  const given = Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== ''));
  const env = plainToInstance(Environment, given, { exposeDefaultValues: true });
  const errors = validateSync(env, { whitelist: false, skipMissingProperties: false });
  const problems = errors.map((error) => `${error.property}: ${Object.values(error.constraints ?? {}).join('; ')}`);
  const qboCredentials = [env.QBO_CLIENT_ID, env.QBO_CLIENT_SECRET, env.QBO_WEBHOOK_VERIFIER_TOKEN];
  if (qboCredentials.some(Boolean) && !qboCredentials.every(Boolean)) {
    problems.push(
      'QBO_CLIENT_ID, QBO_CLIENT_SECRET, QBO_WEBHOOK_VERIFIER_TOKEN: set all three for a real Intuit app, or none for the sandbox',
    );
  }
  if (env.NODE_ENV === NodeEnv.production) {
    if (!env.JWT_SECRET) problems.push('JWT_SECRET: required in production');
    if (!env.ENCRYPTION_KEY) problems.push('ENCRYPTION_KEY: required in production');
  }
  if (problems.length > 0) {
    throw new EnvironmentError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  return env;
}

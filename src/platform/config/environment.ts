import { plainToInstance, Transform } from 'class-transformer';
import { IsEnum, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

export const ROLES = ['all', 'api', 'worker'] as const;
export type ProcessRole = (typeof ROLES)[number];

enum NodeEnv {
  development = 'development',
  production = 'production',
  test = 'test',
}

export const HTTP_URL = /^https?:\/\/\S+$/;

/** For @Transform: a number given as text; absent or empty stays undefined, so the default holds. */
export const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : Number(value);

/**
 * The platform's variables. Defaults suit a developer machine; production must set secrets. A
 * context declares and checks its own variables with `readVariables`.
 */
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

  /** The worker role's CPU priority, as a nice value: 0 (as the API) to 19 (the lowest). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(19)
  WORKER_NICE = 10;

  /** Unset: 127.0.0.1 while a development secret is in use, every interface otherwise. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9.:%_-]+$/, { message: 'LISTEN_ADDRESS must be an IP address or a host name' })
  LISTEN_ADDRESS?: string;

  /** Which proxies' X-Forwarded-For to believe: unset or false none, true all, a hop count, or addresses. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9.:/,\s_-]+$/, { message: 'TRUST_PROXY must be true, false, a number of hops or addresses' })
  TRUST_PROXY?: string;

  @IsString()
  @Matches(HTTP_URL, { message: 'PUBLIC_URL must be an http(s) URL' })
  PUBLIC_URL = 'http://localhost:3000';

  @Matches(/^postgres(ql)?:\/\/\S+\/[A-Za-z0-9_]+$/, {
    message: 'DATABASE_URL must be postgres://user@host:port/database',
  })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/settle';

  @Matches(/^rediss?:\/\/\S+$/, { message: 'REDIS_URL must be redis://host:port' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** Unset: derived from DATABASE_URL (see queuePrefixOf). */
  @IsOptional()
  @Matches(/^[A-Za-z0-9_:-]+$/, { message: 'QUEUE_PREFIX may hold letters, digits, _ : -' })
  QUEUE_PREFIX?: string;

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
}

export class EnvironmentError extends Error {}

/**
 * Reads one concern's variables: defaults filled, numbers converted, then checked by the class's
 * decorators and by `rules` (checks across variables). The message names every variable that is wrong.
 */
export function readVariables<T extends object>(
  shape: new () => T,
  raw: Record<string, unknown>,
  rules: (variables: T) => string[] = () => [],
): T {
  // An empty value (`JWT_SECRET=` in a copied .env.example) means "not set", not "set to nothing".
  const given = Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== ''));
  const variables = plainToInstance(shape, given, { exposeDefaultValues: true });
  const errors = validateSync(variables, { whitelist: false, skipMissingProperties: false });
  const problems = [
    ...errors.map((error) => `${error.property}: ${Object.values(error.constraints ?? {}).join('; ')}`),
    ...rules(variables),
  ];
  if (problems.length > 0) {
    throw new EnvironmentError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  return variables;
}

const PRODUCTION_SECRETS = ['JWT_SECRET', 'ENCRYPTION_KEY'] as const;

/** Parses and checks the platform's variables. */
export function validateEnvironment(raw: Record<string, unknown>): Environment {
  return readVariables(Environment, raw, (env) =>
    env.NODE_ENV === NodeEnv.production
      ? PRODUCTION_SECRETS.filter((name) => !env[name]).map((name) => `${name}: required in production`)
      : [],
  );
}

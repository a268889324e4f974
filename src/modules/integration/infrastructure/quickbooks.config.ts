import { registerAs } from '@nestjs/config';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength } from 'class-validator';
import { HTTP_URL, readVariables, toInt, validateEnvironment } from '../../../platform/config/environment';

const HTTP_ORIGIN = /^https?:\/\/[^/\s]+\/?$/;

const INTUIT = {
  authorizeUrl: 'https://appcenter.intuit.com/connect/oauth2',
  tokenUrl: 'https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer',
  revokeUrl: 'https://developer.api.intuit.com/v2/oauth2/tokens/revoke',
  userInfoUrl: {
    production: 'https://accounts.platform.intuit.com/v1/openid_connect/userinfo',
    sandbox: 'https://sandbox-accounts.platform.intuit.com/v1/openid_connect/userinfo',
  },
  apiBaseUrl: {
    production: 'https://quickbooks.api.intuit.com',
    sandbox: 'https://sandbox-quickbooks.api.intuit.com',
  },
};

export const CALLBACK_PATH = '/api/v1/integrations/quickbooks/callback';

/** The QBO_* variables: Integration's own, checked at start like the platform's. */
export class QuickBooksEnvironment {
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

/**
 * Parses and checks the QBO_* variables; the message names every one that is wrong. Sandbox mode
 * reads them before the app starts (QBO_CLIENT_ID, QBO_SANDBOX_PORT).
 */
export function validateQuickBooksEnvironment(raw: Record<string, unknown>): QuickBooksEnvironment {
  return readVariables(QuickBooksEnvironment, raw, (e) => {
    const credentials = [e.QBO_CLIENT_ID, e.QBO_CLIENT_SECRET, e.QBO_WEBHOOK_VERIFIER_TOKEN];
    if (!credentials.some(Boolean) || credentials.every(Boolean)) return [];
    return [
      'QBO_CLIENT_ID, QBO_CLIENT_SECRET, QBO_WEBHOOK_VERIFIER_TOKEN: set all three for a real Intuit app, or none for the sandbox',
    ];
  });
}

/**
 * The QuickBooks app Settle talks to: Intuit's by default, any compatible endpoint by override.
 * Throws EnvironmentError, naming the variable, when a QBO_* value is missing or malformed.
 */
export function readQuickBooksConfig(raw: Record<string, unknown>) {
  const e = validateQuickBooksEnvironment(raw);
  const publicUrl = validateEnvironment(raw).PUBLIC_URL.replace(/\/$/, '');
  const environment = e.QBO_ENVIRONMENT;
  return {
    clientId: e.QBO_CLIENT_ID ?? '',
    clientSecret: e.QBO_CLIENT_SECRET ?? '',
    verifierToken: e.QBO_WEBHOOK_VERIFIER_TOKEN ?? '',
    configured: Boolean(e.QBO_CLIENT_ID),
    environment,
    redirectUri: e.QBO_REDIRECT_URI ?? `${publicUrl}${CALLBACK_PATH}`,
    apiBaseUrl: (e.QBO_API_BASE_URL ?? INTUIT.apiBaseUrl[environment]).replace(/\/$/, ''),
    authorizeUrl: e.QBO_AUTHORIZE_URL ?? INTUIT.authorizeUrl,
    tokenUrl: e.QBO_TOKEN_URL ?? INTUIT.tokenUrl,
    revokeUrl: e.QBO_REVOKE_URL ?? INTUIT.revokeUrl,
    userInfoUrl: e.QBO_USERINFO_URL ?? INTUIT.userInfoUrl[environment],
    minorVersion: e.QBO_MINOR_VERSION,
    requestsPerMinute: e.QBO_REQUESTS_PER_MINUTE,
    concurrentRequests: e.QBO_CONCURRENT_REQUESTS,
    retryBaseMs: e.QBO_RETRY_BASE_MS,
    throttleRetryMs: e.QBO_THROTTLE_RETRY_MS,
    maxAttempts: e.QBO_MAX_ATTEMPTS,
    cdcIntervalSeconds: e.QBO_CDC_INTERVAL_SECONDS,
  };
}

export const quickbooksConfig = registerAs('quickbooks', () => readQuickBooksConfig(process.env));

export type QuickBooksConfig = ReturnType<typeof readQuickBooksConfig>;

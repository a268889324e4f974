import { registerAs } from '@nestjs/config';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { HTTP_URL, readVariables, toInt, validateEnvironment } from '../../../../platform/config/environment';

const HTTP_ORIGIN = /^https?:\/\/[^/\s]+\/?$/;
const CURRENCY_LIST = /^[A-Za-z]{3}(\s*,\s*[A-Za-z]{3})*$/;

export const CREZCO_CALLBACK_PATH = '/api/v1/integrations/crezco/callback';

/**
 * The CREZCO_* variables, checked when the app starts. Crezco documents little (see
 * shared/providers/crezco.md): every detail Settle could not verify is one of these, with the
 * default that Crezco's own code or docs suggest.
 */
export class CrezcoEnvironment {
  /** The partner's `X-Crezco-Key`. */
  @IsOptional()
  @IsString()
  @Matches(/^\S{8,}$/, { message: 'CREZCO_API_KEY must be the key Crezco issued (no spaces)' })
  CREZCO_API_KEY?: string;

  /** The partner code onboarding URLs carry (`{code}-sandbox` at Crezco's sandbox). */
  @IsOptional()
  @Matches(/^[\w-]{1,100}$/, { message: 'CREZCO_PARTNER_ID must be the partner code Crezco issued' })
  CREZCO_PARTNER_ID?: string;

  @Matches(HTTP_ORIGIN, { message: 'CREZCO_API_BASE_URL must be the origin only, e.g. https://api.crezco.com' })
  CREZCO_API_BASE_URL = 'https://api.crezco.com';

  @Matches(HTTP_URL, { message: 'CREZCO_ONBOARDING_URL must be a full URL, e.g. https://app.crezco.com/onboarding' })
  CREZCO_ONBOARDING_URL = 'https://app.crezco.com/onboarding';

  /** The currencies Crezco pays in (only GBP is documented for pay demands). */
  @Matches(CURRENCY_LIST, { message: 'CREZCO_CURRENCIES must be ISO codes separated by commas, e.g. GBP' })
  CREZCO_CURRENCIES = 'GBP';

  /** The status code of a completed payment (implied by PaymentCompleted; the code is undocumented). */
  @Matches(/^[A-Za-z]{1,40}$/, { message: 'CREZCO_COMPLETED_STATUS must be a status code, e.g. Completed' })
  CREZCO_COMPLETED_STATUS = 'Completed';

  @IsIn(['DetailsCheck', 'BankSelection'])
  CREZCO_INITIAL_SCREEN = 'BankSelection';

  @IsIn(['PaymentStatus', 'PaymentConfirmation', 'PaymentFeedback'])
  CREZCO_FINAL_SCREEN = 'PaymentStatus';

  @Matches(/^[A-Z]{2}$/, { message: 'CREZCO_COUNTRY must be an ISO 3166 alpha-2 code, e.g. GB' })
  CREZCO_COUNTRY = 'GB';

  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(120_000)
  CREZCO_TIMEOUT_MS = 15_000;

  /** How often the worker looks for open bank payments whose webhook has not come. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(3_600_000)
  CREZCO_POLL_EVERY_MS = 30_000;

  /** How long after the last look an open bank payment is fetched again (doubling, up to 32 times this). */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(3_600_000)
  CREZCO_POLL_AFTER_MS = 60_000;

  /** Where sandbox mode starts the local Crezco (with no CREZCO_API_KEY); 0 picks a free port. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  CREZCO_SANDBOX_PORT = 4040;
}

/** Parses and checks the CREZCO_* variables; the message names every one that is wrong. */
export function validateCrezcoEnvironment(raw: Record<string, unknown>): CrezcoEnvironment {
  return readVariables(CrezcoEnvironment, raw, (e) =>
    Boolean(e.CREZCO_API_KEY) === Boolean(e.CREZCO_PARTNER_ID)
      ? []
      : ['CREZCO_API_KEY, CREZCO_PARTNER_ID: set both for a Crezco partner, or neither'],
  );
}

/** How Settle reaches Crezco. Throws EnvironmentError, naming the variable, when one is malformed. */
export function readCrezcoConfig(raw: Record<string, unknown>) {
  const e = validateCrezcoEnvironment(raw);
  const publicUrl = validateEnvironment(raw).PUBLIC_URL.replace(/\/$/, '');
  return {
    apiKey: e.CREZCO_API_KEY ?? '',
    partnerId: e.CREZCO_PARTNER_ID ?? '',
    configured: Boolean(e.CREZCO_API_KEY),
    apiBaseUrl: e.CREZCO_API_BASE_URL.replace(/\/$/, ''),
    onboardingUrl: e.CREZCO_ONBOARDING_URL,
    currencies: e.CREZCO_CURRENCIES.split(',').map((code) => code.trim().toUpperCase()),
    completedStatus: e.CREZCO_COMPLETED_STATUS,
    initialScreen: e.CREZCO_INITIAL_SCREEN,
    finalScreen: e.CREZCO_FINAL_SCREEN,
    country: e.CREZCO_COUNTRY,
    timeoutMs: e.CREZCO_TIMEOUT_MS,
    pollEveryMs: e.CREZCO_POLL_EVERY_MS,
    pollAfterMs: e.CREZCO_POLL_AFTER_MS,
    redirectUri: `${publicUrl}${CREZCO_CALLBACK_PATH}`,
  };
}

export const crezcoConfig = registerAs('crezco', () => readCrezcoConfig(process.env));

export type CrezcoConfig = ReturnType<typeof readCrezcoConfig>;

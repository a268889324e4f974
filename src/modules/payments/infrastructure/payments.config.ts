import { registerAs } from '@nestjs/config';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min, MinLength } from 'class-validator';
import { readVariables, toInt, validateEnvironment } from '../../../platform/config/environment';

const HTTP_ORIGIN = /^https?:\/\/[^/\s]+\/?$/;

export const STRIPE_CALLBACK_PATH = '/api/v1/integrations/stripe/callback';

/** The STRIPE_* variables: Payments' own, checked when the app starts. */
export class StripeEnvironment {
  @IsOptional()
  @IsString()
  @Matches(/^(sk|rk)_(test|live)_\S+$/, { message: 'STRIPE_SECRET_KEY must be a secret key, sk_test_… or sk_live_…' })
  STRIPE_SECRET_KEY?: string;

  @IsOptional()
  @Matches(/^ca_\S+$/, { message: 'STRIPE_CLIENT_ID must be the Connect client id, ca_…' })
  STRIPE_CLIENT_ID?: string;

  @IsOptional()
  @IsString()
  @Matches(/^whsec_\S+$/, { message: 'STRIPE_WEBHOOK_SECRET must be the endpoint signing secret, whsec_…' })
  @MinLength(7)
  STRIPE_WEBHOOK_SECRET?: string;

  @Matches(HTTP_ORIGIN, { message: 'STRIPE_API_BASE_URL must be the origin only, e.g. https://api.stripe.com' })
  STRIPE_API_BASE_URL = 'https://api.stripe.com';

  @Matches(HTTP_ORIGIN, { message: 'STRIPE_CONNECT_BASE_URL must be the origin only, e.g. https://connect.stripe.com' })
  STRIPE_CONNECT_BASE_URL = 'https://connect.stripe.com';

  /** Where sandbox mode starts the local Stripe (with no STRIPE_SECRET_KEY); 0 picks a free port. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  STRIPE_SANDBOX_PORT = 4030;
}

/** Parses and checks the STRIPE_* variables; the message names every one that is wrong. */
export function validateStripeEnvironment(raw: Record<string, unknown>): StripeEnvironment {
  return readVariables(StripeEnvironment, raw, (e) => {
    const credentials = [e.STRIPE_SECRET_KEY, e.STRIPE_CLIENT_ID, e.STRIPE_WEBHOOK_SECRET];
    if (!credentials.some(Boolean) || credentials.every(Boolean)) return [];
    return ['STRIPE_SECRET_KEY, STRIPE_CLIENT_ID, STRIPE_WEBHOOK_SECRET: set all three for a Stripe platform, or none'];
  });
}

/** Where the SDK is pointed: `new Stripe(key, { host, port, protocol })` takes no URL. */
export function apiAddressOf(baseUrl: string): { host: string; port: number; protocol: 'http' | 'https' } {
  const url = new URL(baseUrl);
  const protocol = url.protocol === 'http:' ? 'http' : 'https';
  return { host: url.hostname, port: url.port ? Number(url.port) : protocol === 'http' ? 80 : 443, protocol };
}

/** How Settle reaches Stripe. Throws EnvironmentError, naming the variable, when one is malformed. */
export function readPaymentsConfig(raw: Record<string, unknown>) {
  const e = validateStripeEnvironment(raw);
  const publicUrl = validateEnvironment(raw).PUBLIC_URL.replace(/\/$/, '');
  return {
    secretKey: e.STRIPE_SECRET_KEY ?? '',
    clientId: e.STRIPE_CLIENT_ID ?? '',
    webhookSecret: e.STRIPE_WEBHOOK_SECRET ?? '',
    configured: Boolean(e.STRIPE_SECRET_KEY),
    api: apiAddressOf(e.STRIPE_API_BASE_URL),
    connectBaseUrl: e.STRIPE_CONNECT_BASE_URL.replace(/\/$/, ''),
    redirectUri: `${publicUrl}${STRIPE_CALLBACK_PATH}`,
  };
}

export const paymentsConfig = registerAs('payments', () => readPaymentsConfig(process.env));

export type PaymentsConfig = ReturnType<typeof readPaymentsConfig>;

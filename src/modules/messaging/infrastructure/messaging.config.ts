import { registerAs } from '@nestjs/config';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength } from 'class-validator';
import { VONAGE_SIGNATURE_METHODS, type VonageSignatureMethod } from '../../../../libs/vonage';
import { readVariables, toInt, validateEnvironment } from '../../../platform/config/environment';

const HTTP_ORIGIN = /^https?:\/\/[^/\s]+\/?$/;
const SENDER = /^(\+?[1-9]\d{6,14}|(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11})$/;

/** The VONAGE_* variables: Messaging's own, checked at start like the platform's. */
export class VonageEnvironment {
  @IsOptional()
  @IsString()
  @MinLength(1)
  VONAGE_API_KEY?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  VONAGE_API_SECRET?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  VONAGE_SIGNATURE_SECRET?: string;

  @IsIn(VONAGE_SIGNATURE_METHODS)
  VONAGE_SIGNATURE_METHOD: VonageSignatureMethod = 'md5hash';

  @Matches(HTTP_ORIGIN, { message: 'VONAGE_API_BASE_URL must be the host part only, e.g. https://rest.nexmo.com' })
  VONAGE_API_BASE_URL = 'https://rest.nexmo.com';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  VONAGE_THROUGHPUT_PER_SECOND = 30;

  @Matches(SENDER, {
    message: 'VONAGE_DEFAULT_SENDER must be a number (447700900123) or 1 to 11 letters, digits and spaces',
  })
  VONAGE_DEFAULT_SENDER = 'Settle';

  @Transform(toInt)
  @IsInt()
  @Min(1000)
  VONAGE_TIMEOUT_MS = 10_000;

  /** Where sandbox mode starts the local Vonage (with no VONAGE_API_KEY); 0 picks a free port. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  VONAGE_SANDBOX_PORT = 4020;
}

/** Parses and checks the VONAGE_* variables; the message names every one that is wrong. */
export function validateVonageEnvironment(raw: Record<string, unknown>): VonageEnvironment {
  return readVariables(VonageEnvironment, raw, (e) =>
    Boolean(e.VONAGE_API_KEY) === Boolean(e.VONAGE_API_SECRET)
      ? []
      : ['VONAGE_API_KEY, VONAGE_API_SECRET: set both for a Vonage account, or neither for the sandbox'],
  );
}

/** How Settle reaches Vonage. Throws EnvironmentError, naming the variable, when one is malformed. */
export function readMessagingConfig(raw: Record<string, unknown>) {
  const e = validateVonageEnvironment(raw);
  const publicUrl = validateEnvironment(raw).PUBLIC_URL.replace(/\/$/, '');
  return {
    apiKey: e.VONAGE_API_KEY ?? '',
    apiSecret: e.VONAGE_API_SECRET ?? '',
    configured: Boolean(e.VONAGE_API_KEY),
    signatureSecret: e.VONAGE_SIGNATURE_SECRET ?? null,
    signatureMethod: e.VONAGE_SIGNATURE_METHOD,
    apiBaseUrl: e.VONAGE_API_BASE_URL.replace(/\/$/, ''),
    throughputPerSecond: e.VONAGE_THROUGHPUT_PER_SECOND,
    defaultSender: e.VONAGE_DEFAULT_SENDER,
    timeoutMs: e.VONAGE_TIMEOUT_MS,
    deliveryReceiptUrl: `${publicUrl}/webhooks/vonage/delivery-receipts`,
  };
}

export const messagingConfig = registerAs('messaging', () => readMessagingConfig(process.env));

export type MessagingConfig = ReturnType<typeof readMessagingConfig>;

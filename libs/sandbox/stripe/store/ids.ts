import { randomBytes } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function randomText(length: number): string {
  const bytes = randomBytes(length);
  let text = '';
  for (const byte of bytes) text += ALPHABET[byte % ALPHABET.length];
  return text;
}

/** Ids with Stripe's prefixes (test mode) and roughly its lengths. */
export const newId = {
  account: () => `acct_1${randomText(15)}`,
  session: () => `cs_test_a1${randomText(56)}`,
  paymentIntent: () => `pi_3${randomText(23)}`,
  charge: () => `ch_3${randomText(23)}`,
  refund: () => `re_3${randomText(23)}`,
  paymentMethod: () => `pm_1${randomText(23)}`,
  event: () => `evt_1${randomText(23)}`,
  request: () => `req_${randomText(14)}`,
  authorizationCode: () => `ac_${randomText(32)}`,
  accessToken: () => `sk_test_${randomText(99)}`,
  refreshToken: () => `rt_${randomText(48)}`,
  publishableKey: () => `pk_test_${randomText(99)}`,
  secretKey: () => `sk_test_${randomText(99)}`,
  clientId: () => `ca_${randomText(32)}`,
  webhookSecret: () => `whsec_${randomText(32)}`,
  clientSecretSuffix: () => randomText(25),
};

/** Unix seconds, the unit of every Stripe timestamp. */
export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

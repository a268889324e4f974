import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** How the account's signature secret signs webhooks: md5(query + secret), or an HMAC. */
export type VonageSignatureMethod = 'md5hash' | 'md5' | 'sha1' | 'sha256' | 'sha512';

export const VONAGE_SIGNATURE_METHODS: readonly VonageSignatureMethod[] = [
  'md5hash',
  'md5',
  'sha1',
  'sha256',
  'sha512',
];

export type VonageSignatureVerdict = 'valid' | 'missing' | 'mismatch' | 'stale';

/** `&key=value` for every parameter but `sig`, keys sorted, `&` and `=` in values replaced by `_`. */
function signedQuery(params: Record<string, string>): string {
  return Object.keys(params)
    .filter((key) => key !== 'sig')
    .sort()
    .map((key) => `&${key}=${params[key].replace(/[&=]/g, '_')}`)
    .join('');
}

/** The `sig` Vonage puts on a webhook with these parameters, in upper-case hex. */
export function signVonageParams(
  params: Record<string, string>,
  secret: string,
  method: VonageSignatureMethod,
): string {
  const query = signedQuery(params);
  const digest =
    method === 'md5hash' ? createHash('md5').update(query + secret) : createHmac(method, secret).update(query);
  return digest.digest('hex').toUpperCase();
}

/**
 * Checks a signed webhook: `missing` without `sig` or `timestamp`, `mismatch` when the signature
 * is wrong (compared in constant time, case-insensitively), `stale` when it is right but
 * `timestamp` (Unix seconds) is more than `maxSkewSeconds` from `now` either way, which the SDK
 * does not check and which stops a captured webhook being replayed later.
 */
export function verifyVonageSignature(
  params: Record<string, string>,
  secret: string,
  method: VonageSignatureMethod,
  now: Date = new Date(),
  maxSkewSeconds = 300,
): VonageSignatureVerdict {
  const { sig, timestamp } = params;
  if (!sig || !timestamp) return 'missing';
  const expected = Buffer.from(signVonageParams(params, secret, method));
  const given = Buffer.from(sig.toUpperCase());
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'mismatch';
  if (!/^\d+$/.test(timestamp)) return 'stale';
  const skew = Math.abs(now.getTime() / 1000 - Number(timestamp));
  return skew > maxSkewSeconds ? 'stale' : 'valid';
}

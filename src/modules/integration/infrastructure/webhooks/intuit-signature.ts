import { createHmac, timingSafeEqual } from 'node:crypto';

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const SHA256_BYTES = 32;

/**
 * Checks Intuit's `intuit-signature` header: base64(HMAC-SHA256(key = the app's verifier token,
 * message = the raw request body bytes)), compared in constant time. A missing, malformed or
 * wrong-length signature, or an empty verifier token (which anyone could sign with), is false;
 * it never throws.
 */
export function verifyIntuitSignature(
  rawBody: Buffer,
  signatureHeader: string | undefined,
  verifierToken: string,
): boolean {
  if (!verifierToken || typeof signatureHeader !== 'string') return false;
  const signature = signatureHeader.trim();
  if (!BASE64.test(signature) || signature.length % 4 !== 0) return false;
  const given = Buffer.from(signature, 'base64');
  if (given.length !== SHA256_BYTES) return false;
  const expected = createHmac('sha256', verifierToken).update(rawBody).digest();
  return timingSafeEqual(given, expected);
}

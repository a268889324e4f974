import { randomBytes } from 'node:crypto';

/** A Vonage-looking message id: 16 upper-case hex digits, one per SMS part. */
export function newMessageId(): string {
  return randomBytes(8).toString('hex').toUpperCase();
}

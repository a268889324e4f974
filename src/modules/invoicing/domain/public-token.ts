import { randomBytes } from 'node:crypto';

/** 24 random bytes: 192 bits, comfortably over the 128 the architecture asks of a public link. */
const TOKEN_BYTES = 24;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{32}$/;

/** The secret in an invoice's public link (/p/<token>): random, base64url, never an id. */
export const PublicToken = {
  generate(): string {
    return randomBytes(TOKEN_BYTES).toString('base64url');
  },

  /** Whether a string could be a token at all (anything else is answered 404 without a lookup). */
  isWellFormed(candidate: string): boolean {
    return TOKEN_PATTERN.test(candidate);
  },
};

import { randomFillSync } from 'node:crypto';

/** 24 random bytes: 192 bits, comfortably over the 128 the architecture asks of a public link. */
const TOKEN_BYTES = 24;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{32}$/;

/**
 * Random bytes drawn 4 KiB at a time from the CSPRNG, each byte handed out once: a page of a
 * thousand imported invoices makes six system calls instead of a thousand (about 9 µs each).
 */
const pool = Buffer.alloc(TOKEN_BYTES * 170);
let poolOffset = pool.length;

/** The secret in an invoice's public link (/p/<token>): random, base64url, never an id. */
export const PublicToken = {
  generate(): string {
    if (poolOffset + TOKEN_BYTES > pool.length) {
      randomFillSync(pool);
      poolOffset = 0;
    }
    const token = pool.toString('base64url', poolOffset, poolOffset + TOKEN_BYTES);
    poolOffset += TOKEN_BYTES;
    return token;
  },

  /** Whether a string could be a token at all (anything else is answered 404 without a lookup). */
  isWellFormed(candidate: string): boolean {
    return TOKEN_PATTERN.test(candidate);
  },
};

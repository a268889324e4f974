import { dictionary } from '@zxcvbn-ts/language-common';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

/** zxcvbn's list of the most common passwords, drawn from breach corpora (NIST SP 800-63B 3.1.1.2). */
const COMMON_PASSWORDS = new Set(
  dictionary['passwords-common'].filter((password) => password.length >= PASSWORD_MIN_LENGTH),
);

/**
 * NIST SP 800-63B: length and a list of known-bad passwords, no composition rules. Length counts
 * code points, so a passphrase in any script is measured as its reader would count it.
 * Answers why a password is refused, or undefined when it is acceptable.
 */
export function passwordProblem(password: string): string | undefined {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters`;
  if (password.trim() === '') return 'must not be only spaces';
  if (new Set(password).size === 1) return 'must not be one character repeated';
  if (COMMON_PASSWORDS.has(password.toLowerCase())) return 'is too common: it appears in lists of breached passwords';
  return undefined;
}

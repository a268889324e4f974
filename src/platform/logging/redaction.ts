/** Keeps enough of an email or a phone number to tell them apart in logs, and no more. */
export function maskEmail(email: string): string {
  const [local, domain] = email.split('@');
  if (!domain) return '***';
  return `${local.slice(0, 1)}***@${domain}`;
}

export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length <= 4 ? '***' : `***${digits.slice(-3)}`;
}

const SECRET_KEYS = ['password', 'passwordHash', 'token', 'accessToken', 'refreshToken', 'apiKey', 'key', 'secret'];
const EMAIL_KEYS = ['email'];
const PHONE_KEYS = ['phone', 'mobile', 'otherPhone'];

const anywhere = (keys: string[]) => keys.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]);

export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'req.headers.cookie',
  'req.headers["intuit-signature"]',
  'req.headers["stripe-signature"]',
  'res.headers["set-cookie"]',
  ...anywhere(SECRET_KEYS),
  ...anywhere(EMAIL_KEYS),
  ...anywhere(PHONE_KEYS),
];

/** pino's censor: secrets vanish, emails and phones are masked, by the key that holds them. */
export function censor(value: unknown, path: string[]): unknown {
  const key = path[path.length - 1];
  if (typeof value !== 'string') return '[Redacted]';
  if (EMAIL_KEYS.includes(key)) return maskEmail(value);
  if (PHONE_KEYS.includes(key)) return maskPhone(value);
  return '[Redacted]';
}

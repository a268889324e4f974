/** The SMS API's per-message status codes (sms.yml x-errors) with an error text like Vonage's. */
export const SMS_STATUS_TEXT: Readonly<Record<number, string>> = {
  1: 'Throughput Rate Exceeded - please wait [ 0 ] and retry',
  2: 'Missing params',
  3: 'Invalid params',
  4: 'Bad Credentials',
  5: 'Internal Error',
  6: 'Invalid Message',
  7: 'Number barred.',
  8: 'Partner account barred.',
  9: 'Partner quota exceeded.',
  10: 'Too many existing binds',
  11: 'Account not enabled for HTTP',
  12: 'Message too long',
  14: 'Invalid signature',
  15: 'Invalid sender address',
  22: 'Invalid network code',
  23: 'Invalid callback url',
  29: 'Non-White-listed Destination - rejected',
  32: 'Signature and API secret disallowed',
  33: 'Number de-activated.',
};

export const SMS_STATUS_CODES = Object.keys(SMS_STATUS_TEXT).map(Number);

/** A refusal of a send: one error entry in `messages[]`. */
export class SmsRefusal {
  constructor(
    readonly status: number,
    readonly errorText: string = SMS_STATUS_TEXT[status] ?? 'Unknown error',
  ) {}
}

export function isSmsStatus(value: unknown): value is number {
  return typeof value === 'number' && value > 0 && SMS_STATUS_TEXT[value] !== undefined;
}

/** What Settle does with a part's `status` in the SMS API's answer. */
export type VonageSendOutcome = 'accepted' | 'retry' | 'permanent' | 'suppress_number' | 'account_problem';

/** The SMS API's per-message statuses (sms.yml x-errors), their meaning and what to do. */
export const VONAGE_SEND_STATUS: Readonly<Record<string, { meaning: string; outcome: VonageSendOutcome }>> = {
  '0': { meaning: 'Success', outcome: 'accepted' },
  '1': { meaning: 'Throttled', outcome: 'retry' },
  '2': { meaning: 'Missing parameters', outcome: 'permanent' },
  '3': { meaning: 'Invalid parameters', outcome: 'permanent' },
  '4': { meaning: 'Invalid credentials', outcome: 'account_problem' },
  '5': { meaning: 'Internal error', outcome: 'retry' },
  '6': { meaning: 'Invalid message', outcome: 'permanent' },
  '7': { meaning: 'Number barred', outcome: 'suppress_number' },
  '8': { meaning: 'Partner account barred', outcome: 'account_problem' },
  '9': { meaning: 'Partner quota violation', outcome: 'account_problem' },
  '10': { meaning: 'Too many existing binds', outcome: 'retry' },
  '11': { meaning: 'Account not enabled for HTTP', outcome: 'account_problem' },
  '12': { meaning: 'Message too long', outcome: 'permanent' },
  '14': { meaning: 'Invalid signature', outcome: 'permanent' },
  '15': { meaning: 'Invalid sender address', outcome: 'permanent' },
  '22': { meaning: 'Invalid network code', outcome: 'permanent' },
  '23': { meaning: 'Invalid callback URL', outcome: 'permanent' },
  '29': { meaning: 'Non-whitelisted destination', outcome: 'account_problem' },
  '32': { meaning: 'Signature and API secret disallowed', outcome: 'permanent' },
  '33': { meaning: 'Number de-activated', outcome: 'suppress_number' },
};

/**
 * `accepted` (wait for the receipt), `retry` (with backoff), `suppress_number` (never text it
 * again), `account_problem` (credentials, credit, suspension: alert someone; retrying cannot help
 * until they act) or `permanent` (this message will never go, including any status not listed).
 */
export function sendStatusOutcome(status: string): VonageSendOutcome {
  return Object.hasOwn(VONAGE_SEND_STATUS, status) ? VONAGE_SEND_STATUS[status].outcome : 'permanent';
}

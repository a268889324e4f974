/** A text as the provider is asked to send it. */
export interface OutgoingSms {
  /** E.164. */
  to: string;
  /** The sender on the wire: a name, or a number without its +. */
  from: string;
  text: string;
  unicode: boolean;
  /** Settle's message id, which comes back on every receipt. */
  clientRef: string;
}

/**
 * What became of a send. `not_sent`: the provider certainly did not get it (a refused connection),
 * so it may be sent again; `unknown`: it may have (the answer was lost), so it must not be.
 */
export type SmsSendResult =
  | { outcome: 'accepted'; providerIds: string[] }
  | {
      outcome: 'retry' | 'permanent' | 'suppress_number' | 'account_problem';
      providerIds: string[];
      reason: string;
    }
  | { outcome: 'not_sent' | 'unknown'; reason: string };

/** The port to the SMS provider (Vonage's SMS API in production and in the sandbox). */
export interface SmsGateway {
  send(sms: OutgoingSms): Promise<SmsSendResult>;
}

export const SMS_GATEWAY = Symbol('SmsGateway');

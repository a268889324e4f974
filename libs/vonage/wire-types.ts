/** A delivery receipt as Vonage posts it (SMS API format); every value is a string. */
export interface VonageDeliveryReceiptFields {
  /** The recipient's number. */
  msisdn: string;
  /** The sender id the text was sent from. */
  to: string;
  /** The part's message id. */
  messageId: string;
  /** delivered, expired, failed, rejected (final); accepted, buffered (intermediate); unknown. */
  status: string;
  'err-code': string;
  'api-key': string;
  /** When Vonage started pushing the receipt: `2020-01-01 12:00:00` or ISO (parseVonageTimestamp). */
  'message-timestamp': string;
  'network-code'?: string;
  price?: string;
  /** The carrier's time, YYMMDDHHMM. */
  scts?: string;
  'client-ref'?: string;
  /** Unix seconds; with `nonce` and `sig` only when signed webhooks are on. */
  timestamp?: string;
  nonce?: string;
  sig?: string;
}

/** An inbound text as Vonage posts it (SMS API format); every value is a string. */
export interface VonageInboundFields {
  'api-key': string;
  /** The sender's number. */
  msisdn: string;
  /** The virtual number it was sent to. */
  to: string;
  messageId: string;
  /** text, unicode or binary. */
  type: string;
  'message-timestamp': string;
  /** Absent for binary messages. */
  text?: string;
  /** The first word, upper-cased; absent for binary messages. */
  keyword?: string;
  /** `"true"` only for one part of a multipart text, reassembled by `concat-ref`. */
  concat?: string;
  'concat-ref'?: string;
  'concat-total'?: string;
  /** 1-based. */
  'concat-part'?: string;
  data?: string;
  udh?: string;
  /** Unix seconds; with `nonce` and `sig` only when signed webhooks are on. */
  timestamp?: string;
  nonce?: string;
  sig?: string;
}

/** One entry of the SMS API's answer, one per SMS part; every value is a string. */
export interface VonageSmsResponseMessage {
  status: string;
  to?: string;
  'message-id'?: string;
  'remaining-balance'?: string;
  'message-price'?: string;
  network?: string;
  'client-ref'?: string;
  'account-ref'?: string;
  /** Only when `status` is not "0". */
  'error-text'?: string;
}

/** The SMS API's HTTP 200 answer to `POST /sms/json`, even when a part was refused. */
export interface VonageSmsResponse {
  'message-count': string;
  messages: VonageSmsResponseMessage[];
}

/** The longest `client-ref` every version of the SMS API accepts. */
export const VONAGE_CLIENT_REF_MAX_LENGTH = 40;

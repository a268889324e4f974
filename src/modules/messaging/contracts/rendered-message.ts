export type SmsEncodingName = 'GSM-7' | 'UCS-2';

/** A message as it will be sent, and what it costs: its length in its encoding's units and its parts. */
export interface RenderedMessage {
  text: string;
  length: number;
  encoding: SmsEncodingName;
  parts: number;
}

import { MessagingErrors } from '../messaging.errors';

/**
 * Who texts appear to come from. An alphanumeric sender (up to 11 letters, digits and spaces) shows
 * the business's name but cannot receive replies, so STOP and replies never reach Settle; a number
 * (a Vonage virtual number, E.164) can.
 */
export type SenderKind = 'alphanumeric' | 'number';

export interface Sender {
  kind: SenderKind;
  value: string;
}

const ALPHANUMERIC = /^(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}$/;
const NUMBER = /^\+?[1-9]\d{6,14}$/;

/** Checks a sender and gives it its canonical form (a number with its +). */
export function parseSender(kind: SenderKind, value: string): Sender {
  const trimmed = value.trim();
  if (kind === 'alphanumeric' && ALPHANUMERIC.test(trimmed)) return { kind, value: trimmed };
  if (kind === 'number' && NUMBER.test(trimmed))
    return { kind, value: trimmed.startsWith('+') ? trimmed : `+${trimmed}` };
  throw MessagingErrors.invalidSender(kind);
}

/** A sender as Vonage wants it in `from` and sends it in `to`: a number without its +. */
export function senderOnTheWire(sender: Sender): string {
  return sender.kind === 'number' ? sender.value.replace(/^\+/, '') : sender.value;
}

/** The kind of a sender read from configuration: digits are a number, anything else a name. */
export function senderFromText(text: string): Sender {
  return NUMBER.test(text.trim()) ? parseSender('number', text) : parseSender('alphanumeric', text);
}

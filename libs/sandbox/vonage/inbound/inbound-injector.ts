import { randomInt } from 'node:crypto';
import { measureSms, splitSms } from '../../../sms';
import type { VonageInboundFields } from '../../../vonage';
import type { WebhookSettings } from '../sandbox-options';
import { newMessageId } from '../store/message-id';
import type { SandboxStore } from '../store/sandbox-store';
import type { WebhookDispatcher } from '../webhooks/webhook-dispatcher';
import { messageTimestamp, wireFields } from '../webhooks/vonage-time';

export interface InjectInbound {
  /** The phone sending, digits (a leading '+' is dropped). */
  from: string;
  /** One of the virtual numbers; default: the number that last texted `from` if it is one, else the first. */
  to?: string;
  text: string;
  /** Must agree with the text when given: true when it needs more than one SMS. */
  multipart?: boolean;
  /** Post the parts last first, to test reassembly. */
  reversed?: boolean;
}

const PHONE = /^\d{7,15}$/;

function keywordOf(text: string): string {
  return text.trim().split(/\s+/)[0].toUpperCase();
}

/** Texts from a phone to a virtual number, posted to the inbound URL one webhook per SMS part. */
export class InboundInjector {
  constructor(
    private readonly store: SandboxStore,
    private readonly dispatcher: WebhookDispatcher,
    private readonly settings: () => WebhookSettings,
    private readonly apiKey: string,
    private readonly virtualNumbers: () => string[],
  ) {}

  /** Resolves with the message id of each part once each was posted once (retries go on in the background). */
  async inject(inbound: InjectInbound): Promise<string[]> {
    const url = this.settings().inboundUrl;
    if (!url) throw new Error('No inboundUrl is configured');
    const from = inbound.from.replace(/^\+/, '');
    if (!PHONE.test(from)) throw new Error(`from must be 7 to 15 digits: ${inbound.from}`);
    const to = this.recipient(from, inbound.to);
    const parts = splitSms(inbound.text);
    if (parts.length === 0) throw new Error('text must not be empty');
    const multipart = parts.length > 1;
    if (inbound.multipart !== undefined && inbound.multipart !== multipart)
      throw new Error(`This text is ${parts.length} SMS part(s): multipart must be ${String(multipart)}`);
    const type = measureSms(inbound.text).encoding === 'GSM-7' ? 'text' : 'unicode';
    const concatRef = String(randomInt(1, 256));
    const at = new Date();
    const webhooks = parts.map((text, index) => {
      const fields: VonageInboundFields = {
        msisdn: from,
        to,
        messageId: newMessageId(),
        text,
        type,
        keyword: keywordOf(text),
        'message-timestamp': messageTimestamp(at),
        'api-key': this.apiKey,
        ...(multipart && {
          concat: 'true',
          'concat-ref': concatRef,
          'concat-total': String(parts.length),
          'concat-part': String(index + 1),
        }),
      };
      return fields;
    });
    const messageIds = webhooks.map((fields) => fields.messageId);
    this.store.recordReply({ direction: 'sent', from, to, text: inbound.text, at: at.toISOString(), messageIds });
    const format = this.settings().inboundFormat;
    const ordered = inbound.reversed ? [...webhooks].reverse() : webhooks;
    for (const fields of ordered)
      await this.dispatcher.send({ kind: 'inbound', url, format, params: wireFields(fields) });
    return messageIds;
  }

  private recipient(from: string, to: string | undefined): string {
    const numbers = this.virtualNumbers();
    if (to !== undefined) {
      const digits = to.replace(/^\+/, '');
      if (!numbers.includes(digits)) throw new Error(`${to} is not one of the virtual numbers (${numbers.join(', ')})`);
      return digits;
    }
    const lastSender = this.store.textsTo(from).at(-1)?.from;
    if (lastSender && numbers.includes(lastSender)) return lastSender;
    if (numbers.length === 0) throw new Error('The sandbox has no virtual numbers to text');
    return numbers[0];
  }
}

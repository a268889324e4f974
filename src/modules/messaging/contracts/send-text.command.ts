import { Command } from '@nestjs/cqrs';
import type { RenderedMessage } from './rendered-message';

export type TextPurpose = 'invoice' | 'reminder' | 'thank_you' | 'free_text';

export interface SendTextResult {
  messageId: string;
  message: RenderedMessage;
}

/**
 * Queues one text to a contact: the message is a row (in the caller's transaction when there is
 * one) before it is a job whose id is the message id, so a retried command with the same
 * `messageId` sends nothing twice. A contact who cannot receive texts (no mobile, opted out, a
 * number the provider reported barred) is a ContactUnreachableError (a 409
 * MESSAGING.CONTACT_UNREACHABLE) saying why, and nothing is stored.
 */
export class SendTextCommand extends Command<SendTextResult> {
  constructor(
    readonly accountId: string,
    readonly contactId: string,
    readonly text: string,
    readonly purpose: TextPurpose,
    readonly options: { messageId?: string; invoiceId?: string; sentBy?: string } = {},
  ) {
    super();
  }
}

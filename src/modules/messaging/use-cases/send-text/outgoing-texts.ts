import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { measureSms, normaliseToGsm } from '../../../../../libs/sms';
import { Outbox } from '../../../../platform/outbox/outbox';
import { FindContactForTextingQuery } from '../../../contacts/contracts';
import type { RenderedMessage } from '../../contracts';
import { Message, type MessagePurpose, type NoteKind } from '../../domain/message';
import { unreachableReason } from '../../domain/reachability';
import { senderOnTheWire } from '../../domain/sender';
import { SendSmsJob } from '../../infrastructure/messaging.jobs';
import { openConversation } from '../../infrastructure/persistence/conversations';
import { isSuppressed } from '../../infrastructure/persistence/suppressed-numbers';
import { Senders } from '../../infrastructure/senders';
import { MessagingErrors } from '../../messaging.errors';

export interface QueuedText {
  messageId: string;
  message: RenderedMessage;
}

const NOTES: Partial<Record<MessagePurpose, { kind: NoteKind; text: string }>> = {
  invoice: { kind: 'invoice_sent', text: 'Invoice sent by text' },
  reminder: { kind: 'reminder_sent', text: 'Reminder sent by text' },
};

/**
 * Every text Settle sends starts here, inside the caller's transaction: the contact is checked
 * reachable, the text normalised to GSM-7 where it can be, and the message stored in the contact's
 * conversation (with a note for an invoice or a reminder) together with its send job, whose id is
 * the message id. A second call with the same message id finds the first and queues nothing.
 */
@Injectable()
export class OutgoingTexts {
  constructor(
    private readonly queries: QueryBus,
    private readonly outbox: Outbox,
    private readonly senders: Senders,
  ) {}

  async queue(
    em: EntityManager,
    accountId: string,
    contactId: string,
    text: string,
    purpose: MessagePurpose,
    options: { messageId?: string; invoiceId?: string; sentBy?: string } = {},
  ): Promise<QueuedText> {
    if (options.messageId) {
      // Two workers queueing one message id at once: the second waits here for the first to commit,
      // then finds its row, instead of both inserting it.
      await em.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [options.messageId]);
      const existing = await em.findOne(Message, { id: options.messageId });
      if (existing) return { messageId: existing.id, message: renderedOf(existing.text) };
    }
    const contact = await this.queries.execute(new FindContactForTextingQuery(accountId, contactId));
    if (!contact) throw MessagingErrors.contactNotFound();
    const suppressed = contact.mobile !== null && (await isSuppressed(em, contact.mobile));
    const reason = unreachableReason(contact, suppressed, purpose);
    if (reason) throw MessagingErrors.contactUnreachable(reason);
    const rendered = renderedOf(normaliseToGsm(text));
    if (rendered.parts === 0 || rendered.text.trim() === '') throw MessagingErrors.emptyText();
    const conversation = await openConversation(em, accountId, contactId);
    const sender = await this.senders.of(em);
    const message = Message.outgoing({
      id: options.messageId,
      accountId,
      contactId,
      conversationId: conversation.id,
      purpose,
      text: rendered.text,
      encoding: rendered.encoding,
      parts: rendered.parts,
      contactNumber: contact.mobile as string,
      senderId: senderOnTheWire(sender),
      invoiceId: options.invoiceId,
      sentBy: options.sentBy,
    });
    em.persist(message);
    conversation.added(message);
    const note = NOTES[purpose];
    if (note) {
      // A millisecond after the text, so the note always follows it in the conversation.
      const at = new Date(message.createdAt.getTime() + 1);
      const invoiceId = options.invoiceId ?? null;
      const entry = Message.note(accountId, contactId, conversation.id, note.kind, note.text, invoiceId, at);
      em.persist(entry);
      conversation.added(entry);
    }
    this.outbox.schedule(em, {
      kind: SendSmsJob,
      payload: { messageId: message.id, accountId },
      jobId: message.id,
      accountId,
    });
    await em.flush();
    return { messageId: message.id, message: rendered };
  }
}

export function renderedOf(text: string): RenderedMessage {
  const { encoding, length, parts } = measureSms(text);
  return { text, encoding, length, parts };
}

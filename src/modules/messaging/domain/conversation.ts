import { newId } from '../../../../libs/ids';
import type { Message } from './message';

const PREVIEW_LENGTH = 160;

/** The one thread between an account and a contact: what happened last, and what is unread. */
export class Conversation {
  id!: string;
  accountId!: string;
  contactId!: string;
  lastActivityAt!: Date;
  lastMessagePreview!: string;
  unreadCount!: number;
  createdAt!: Date;

  static start(accountId: string, contactId: string, now = new Date()): Conversation {
    const conversation = new Conversation();
    conversation.id = newId(now.getTime());
    conversation.accountId = accountId;
    conversation.contactId = contactId;
    conversation.lastActivityAt = now;
    conversation.lastMessagePreview = '';
    conversation.unreadCount = 0;
    conversation.createdAt = now;
    return conversation;
  }

  /** A message joined the thread; a text from the contact is unread until someone opens it. */
  added(message: Message): void {
    if (message.createdAt >= this.lastActivityAt) {
      this.lastActivityAt = message.createdAt;
      this.lastMessagePreview = message.text.slice(0, PREVIEW_LENGTH);
    }
    if (message.direction === 'in') this.unreadCount += 1;
  }

  read(): void {
    this.unreadCount = 0;
  }
}

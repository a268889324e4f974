import { newId } from '../../../../libs/ids';
import type { SmsEncodingName, TextPurpose } from '../contracts';
import { messageDeliveryState, type PartOutcome } from './delivery-state';

export type MessageDirection = 'out' | 'in' | 'note';

/** Outgoing: queued → sending → sent → delivered | failed; `unknown` when a send's answer was lost. */
export type OutgoingState = 'queued' | 'sending' | 'sent' | 'delivered' | 'failed' | 'unknown';
export type MessageState = OutgoingState | 'received' | 'noted';

/** Why Settle texted: the caller's purpose, or an automatic answer to a keyword. */
export type MessagePurpose = TextPurpose | 'consent_reply' | 'help_reply';

export type NoteKind = 'invoice_sent' | 'reminder_sent' | 'paid' | 'payment_failed';

/** What a part's delivery receipt said, for the message to settle its state. */
export interface PartReceipt {
  providerMessageId: string;
  outcome: PartOutcome;
  status: string;
  errCode: string;
  at: Date;
}

export interface OutgoingText {
  accountId: string;
  contactId: string;
  conversationId: string;
  purpose: MessagePurpose;
  text: string;
  encoding: SmsEncodingName;
  parts: number;
  contactNumber: string;
  senderId: string;
  invoiceId?: string | null;
  sentBy?: string | null;
  id?: string;
}

/** What the send processor should do with a message whose job runs. */
export type SendDecision = 'send' | 'became_unknown' | 'nothing';

const FINAL: readonly MessageState[] = ['delivered', 'failed'];

/**
 * One entry of a conversation: a text Settle sends (its id is its job's id and Vonage's
 * client-ref), a text the contact sent, or a note (an invoice sent, paid...). An outgoing text's
 * state only moves forward; a receipt settles it whatever the send processor knew.
 */
export class Message {
  id!: string;
  accountId!: string;
  contactId!: string;
  conversationId!: string;
  direction!: MessageDirection;
  purpose!: MessagePurpose | null;
  noteKind!: NoteKind | null;
  invoiceId!: string | null;
  sentBy!: string | null;
  text!: string;
  encoding!: SmsEncodingName | null;
  parts!: number;
  state!: MessageState;
  failureReason!: string | null;
  providerIds!: string[];
  /** The contact's number (E.164): the recipient of an outgoing text, the sender of an incoming one. */
  contactNumber!: string | null;
  /** Settle's side: the sender id a text went from, or the number a reply came to. */
  senderId!: string | null;
  createdAt!: Date;
  sentAt!: Date | null;
  deliveredAt!: Date | null;
  failedAt!: Date | null;
  updatedAt!: Date;

  static outgoing(text: OutgoingText, now = new Date()): Message {
    const message = Message.base(text.accountId, text.contactId, text.conversationId, 'out', now, text.id);
    message.purpose = text.purpose;
    message.invoiceId = text.invoiceId ?? null;
    message.sentBy = text.sentBy ?? null;
    message.text = text.text;
    message.encoding = text.encoding;
    message.parts = text.parts;
    message.state = 'queued';
    message.contactNumber = text.contactNumber;
    message.senderId = text.senderId;
    return message;
  }

  static incoming(
    incoming: Omit<OutgoingText, 'purpose' | 'invoiceId' | 'sentBy'> & { providerIds: string[] },
    now = new Date(),
  ): Message {
    const message = Message.base(incoming.accountId, incoming.contactId, incoming.conversationId, 'in', now);
    message.text = incoming.text;
    message.encoding = incoming.encoding;
    message.parts = incoming.parts;
    message.state = 'received';
    message.providerIds = incoming.providerIds;
    message.contactNumber = incoming.contactNumber;
    message.senderId = incoming.senderId;
    return message;
  }

  static note(
    accountId: string,
    contactId: string,
    conversationId: string,
    kind: NoteKind,
    text: string,
    invoiceId: string | null,
    now = new Date(),
  ): Message {
    const message = Message.base(accountId, contactId, conversationId, 'note', now);
    message.noteKind = kind;
    message.invoiceId = invoiceId;
    message.text = text;
    message.state = 'noted';
    return message;
  }

  isFinal(): boolean {
    return FINAL.includes(this.state);
  }

  /**
   * Called when the send job runs. A queued message becomes `sending` (committed before Vonage is
   * called). One found `sending` was being sent by a worker that died mid-call: Vonage may have it,
   * so it is never sent again; it waits, `unknown`, for its receipt.
   */
  beginSending(now = new Date()): SendDecision {
    if (this.state === 'queued') {
      this.move('sending', now);
      return 'send';
    }
    if (this.state === 'sending') {
      this.move('unknown', now);
      return 'became_unknown';
    }
    return 'nothing';
  }

  /** Vonage did not take it (throttled, a refused connection): the next attempt may send it. */
  releaseForRetry(now = new Date()): void {
    if (this.state === 'sending') this.move('queued', now);
  }

  /** Vonage accepted it; receipts will say whether it arrived. */
  accepted(providerIds: string[], now = new Date()): void {
    this.addProviderIds(providerIds);
    if (this.state === 'queued' || this.state === 'sending' || this.state === 'unknown') {
      this.move('sent', now);
      this.sentAt = now;
    }
  }

  /** Vonage's answer was lost (a timeout): it may have the text; only a receipt can tell. */
  lost(reason: string, now = new Date()): void {
    if (this.state !== 'sending') return;
    this.failureReason = reason;
    this.move('unknown', now);
  }

  fail(reason: string, now = new Date()): void {
    if (this.isFinal()) return;
    this.failureReason = reason;
    this.failedAt = now;
    this.move('failed', now);
  }

  /**
   * Settles the state from every receipt of its parts so far: failed when any part failed for
   * good, delivered when every part was delivered, and at least sent once any receipt came (which
   * reconciles an `unknown` message: Vonage had it).
   */
  applyReceipts(receipts: PartReceipt[], now = new Date()): void {
    if (receipts.length === 0 || this.isFinal()) return;
    this.addProviderIds(receipts.map((receipt) => receipt.providerMessageId));
    const parts = receipts.map((receipt) => ({ partId: receipt.providerMessageId, outcome: receipt.outcome }));
    const state = messageDeliveryState(this.parts, parts);
    if (state === 'failed') {
      const failure = receipts.find((receipt) => receipt.outcome === 'failed' || receipt.outcome === 'suppress_number');
      this.fail(`${failure?.status ?? 'failed'} (err-code ${failure?.errCode ?? '?'})`, failure?.at ?? now);
      return;
    }
    if (this.state !== 'sent') {
      this.sentAt = this.sentAt ?? now;
      this.failureReason = null;
      this.move('sent', now);
    }
    if (state === 'delivered') {
      this.deliveredAt = now;
      this.move('delivered', now);
    }
  }

  private addProviderIds(ids: string[]): void {
    this.providerIds = [...new Set([...this.providerIds, ...ids])];
  }

  private move(state: OutgoingState, now: Date): void {
    this.state = state;
    this.updatedAt = now;
  }

  private static base(
    accountId: string,
    contactId: string,
    conversationId: string,
    direction: MessageDirection,
    now: Date,
    id?: string,
  ): Message {
    const message = new Message();
    message.id = id ?? newId(now.getTime());
    message.accountId = accountId;
    message.contactId = contactId;
    message.conversationId = conversationId;
    message.direction = direction;
    message.purpose = null;
    message.noteKind = null;
    message.invoiceId = null;
    message.sentBy = null;
    message.encoding = null;
    message.parts = 0;
    message.failureReason = null;
    message.providerIds = [];
    message.contactNumber = null;
    message.senderId = null;
    message.createdAt = now;
    message.sentAt = null;
    message.deliveredAt = null;
    message.failedAt = null;
    message.updatedAt = now;
    return message;
  }
}

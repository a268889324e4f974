import { ApiProperty } from '@nestjs/swagger';
import type { Message } from '../../domain/message';

export class ConversationEntryResponseDto {
  @ApiProperty({ example: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a50' })
  id!: string;

  @ApiProperty({
    enum: ['out', 'in', 'note'],
    example: 'out',
    description:
      'out: a text Settle sent; in: a text from the contact; note: something that happened (invoice sent...)',
  })
  direction!: string;

  @ApiProperty({
    enum: ['queued', 'sending', 'sent', 'delivered', 'failed', 'unknown', 'received', 'noted'],
    example: 'delivered',
    description:
      'Outgoing texts: queued, sending, sent (Vonage took it), delivered, failed (see failureReason) or unknown ' +
      '(the send was interrupted; its delivery receipt will settle it). received for replies, noted for notes.',
  })
  state!: string;

  @ApiProperty({ nullable: true, type: String, example: null })
  failureReason!: string | null;

  @ApiProperty({
    nullable: true,
    enum: ['invoice', 'reminder', 'thank_you', 'free_text', 'consent_reply', 'help_reply'],
    example: 'invoice',
  })
  purpose!: string | null;

  @ApiProperty({ nullable: true, enum: ['invoice_sent', 'reminder_sent', 'paid', 'payment_failed'], example: null })
  noteKind!: string | null;

  @ApiProperty({ nullable: true, type: String, example: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a30' })
  invoiceId!: string | null;

  @ApiProperty({ nullable: true, type: String, example: null, description: 'The user who sent it' })
  sentBy!: string | null;

  @ApiProperty({ example: 'Hi Sam, Hartley Plumbing sent you invoice 1042 for £120.00. Pay here: https://...' })
  text!: string;

  @ApiProperty({ nullable: true, enum: ['GSM-7', 'UCS-2'], example: 'GSM-7' })
  encoding!: string | null;

  @ApiProperty({ example: 1, description: 'SMS parts (0 for notes)' })
  parts!: number;

  @ApiProperty({ example: '2026-12-01T10:32:00.000Z' })
  createdAt!: string;

  @ApiProperty({ nullable: true, type: String, example: '2026-12-01T10:32:01.000Z' })
  sentAt!: string | null;

  @ApiProperty({ nullable: true, type: String, example: '2026-12-01T10:32:05.000Z' })
  deliveredAt!: string | null;

  @ApiProperty({ nullable: true, type: String, example: null })
  failedAt!: string | null;

  static of(message: Message): ConversationEntryResponseDto {
    return {
      id: message.id,
      direction: message.direction,
      state: message.state,
      failureReason: message.failureReason,
      purpose: message.purpose,
      noteKind: message.noteKind,
      invoiceId: message.invoiceId,
      sentBy: message.sentBy,
      text: message.text,
      encoding: message.encoding,
      parts: message.parts,
      createdAt: message.createdAt.toISOString(),
      sentAt: message.sentAt?.toISOString() ?? null,
      deliveredAt: message.deliveredAt?.toISOString() ?? null,
      failedAt: message.failedAt?.toISOString() ?? null,
    };
  }
}

export class ConversationResponseDto {
  @ApiProperty({ example: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a20' })
  contactId!: string;

  @ApiProperty({ nullable: true, type: String, example: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a60' })
  conversationId!: string | null;

  @ApiProperty({ type: [ConversationEntryResponseDto], description: 'The latest 500 entries, oldest first' })
  entries!: ConversationEntryResponseDto[];
}

import { EntitySchema } from '@mikro-orm/core';
import { accountIdLeadingProperty, tenantOwned } from '../../../../platform/database/tenant-filter';
import { Message } from '../../domain/message';

const timestamp = { type: 'datetime', columnType: 'timestamptz' } as const;

/**
 * Every entry of every conversation. An outgoing text's id is its job's id and Vonage's
 * client-ref; its part ids (Vonage's message-id per part) are jsonb, looked up by client-ref.
 */
export const MessageSchema = new EntitySchema<Message>({
  class: Message,
  tableName: 'messaging_messages',
  ...tenantOwned,
  indexes: [
    { name: 'messaging_messages_conversation_idx', properties: ['accountId', 'conversationId', 'createdAt'] },
    { name: 'messaging_messages_route_idx', properties: ['contactNumber', 'senderId', 'createdAt'] },
  ],
  properties: {
    id: { type: 'uuid', primary: true },
    accountId: accountIdLeadingProperty,
    contactId: { type: 'uuid' },
    conversationId: { type: 'uuid' },
    direction: { type: 'string', length: 4 },
    purpose: { type: 'string', length: 20, nullable: true },
    noteKind: { type: 'string', length: 20, nullable: true },
    invoiceId: { type: 'uuid', nullable: true },
    sentBy: { type: 'uuid', nullable: true },
    text: { type: 'text' },
    encoding: { type: 'string', length: 5, nullable: true },
    parts: { type: 'integer' },
    state: { type: 'string', length: 10 },
    failureReason: { type: 'string', length: 500, nullable: true },
    providerIds: { type: 'json' },
    contactNumber: { type: 'string', length: 20, nullable: true },
    senderId: { type: 'string', length: 20, nullable: true },
    createdAt: timestamp,
    sentAt: { ...timestamp, nullable: true },
    deliveredAt: { ...timestamp, nullable: true },
    failedAt: { ...timestamp, nullable: true },
    updatedAt: timestamp,
  },
});

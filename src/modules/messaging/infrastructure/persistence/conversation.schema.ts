import { EntitySchema } from '@mikro-orm/core';
import { accountIdLeadingProperty, tenantOwned } from '../../../../platform/database/tenant-filter';
import { Conversation } from '../../domain/conversation';

export const CONVERSATION_CONTACT_UNIQUE = 'messaging_conversations_account_contact_unique';

/** One conversation per contact; listed by latest activity. */
export const ConversationSchema = new EntitySchema<Conversation>({
  class: Conversation,
  tableName: 'messaging_conversations',
  ...tenantOwned,
  uniques: [{ name: CONVERSATION_CONTACT_UNIQUE, properties: ['accountId', 'contactId'] }],
  indexes: [{ name: 'messaging_conversations_activity_idx', properties: ['accountId', 'lastActivityAt', 'id'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    accountId: accountIdLeadingProperty,
    contactId: { type: 'uuid' },
    lastActivityAt: { type: 'datetime', columnType: 'timestamptz' },
    lastMessagePreview: { type: 'string', length: 160 },
    unreadCount: { type: 'integer' },
    createdAt: { type: 'datetime', columnType: 'timestamptz' },
  },
});

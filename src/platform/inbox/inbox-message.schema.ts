import { EntitySchema } from '@mikro-orm/core';
import { InboxMessage } from './inbox-message';

export const InboxMessageSchema = new EntitySchema<InboxMessage>({
  class: InboxMessage,
  tableName: 'platform_inbox',
  uniques: [{ name: 'platform_inbox_provider_dedupe_key_unique', properties: ['provider', 'dedupeKey'] }],
  indexes: [
    {
      name: 'platform_inbox_pending_idx',
      expression: `create index "platform_inbox_pending_idx" on "platform_inbox" ("received_at") where "status" = 'received'`,
    },
  ],
  properties: {
    id: { type: 'uuid', primary: true },
    provider: { type: 'string', length: 50 },
    dedupeKey: { type: 'string', length: 300 },
    headers: { type: 'json' },
    rawBody: { type: 'text' },
    receivedAt: { type: 'datetime', columnType: 'timestamptz' },
    status: { type: 'string', length: 20 },
    attempts: { type: 'integer' },
    processedAt: { type: 'datetime', columnType: 'timestamptz', nullable: true },
    error: { type: 'text', nullable: true },
  },
});

import { EntitySchema } from '@mikro-orm/core';
import { OutboxMessage } from './outbox-message';

export const OutboxMessageSchema = new EntitySchema<OutboxMessage>({
  class: OutboxMessage,
  tableName: 'platform_outbox',
  indexes: [
    { name: 'platform_outbox_job_idx', properties: ['queue', 'jobId'] },
    {
      name: 'platform_outbox_unsettled_idx',
      expression:
        'create index "platform_outbox_unsettled_idx" on "platform_outbox" ("published_at") where "published_at" is not null and "settled_at" is null',
    },
    {
      name: 'platform_outbox_unpublished_idx',
      expression:
        'create index "platform_outbox_unpublished_idx" on "platform_outbox" ("occurred_at", "id") where "published_at" is null',
    },
  ],
  properties: {
    id: { type: 'uuid', primary: true },
    eventName: { type: 'string', length: 200, nullable: true },
    queue: { type: 'string', length: 100 },
    jobName: { type: 'string', length: 100 },
    jobId: { type: 'string', length: 300 },
    accountId: { type: 'uuid', nullable: true },
    payload: { type: 'json' },
    correlationId: { type: 'string', length: 100, nullable: true },
    occurredAt: { type: 'datetime', columnType: 'timestamptz' },
    publishedAt: { type: 'datetime', columnType: 'timestamptz', nullable: true },
    settledAt: { type: 'datetime', columnType: 'timestamptz', nullable: true },
  },
});

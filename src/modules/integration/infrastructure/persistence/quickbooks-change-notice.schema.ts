import { EntitySchema } from '@mikro-orm/core';
import {
  CHANGE_NOTICE_LIMITS as LIMITS,
  QuickBooksChangeNoticeRecord,
} from '../../domain/quickbooks-change-notice.record';

/** Written while routing a delivery, before the realm's account is known: not tenant-filtered. */
export const QuickBooksChangeNoticeSchema = new EntitySchema<QuickBooksChangeNoticeRecord>({
  class: QuickBooksChangeNoticeRecord,
  tableName: 'integration_quickbooks_change_notices',
  indexes: [{ name: 'integration_qbo_notices_entity_idx', properties: ['realmId', 'entity', 'entityId'] }],
  properties: {
    eventKey: { type: 'string', length: LIMITS.eventKey, primary: true },
    accountId: { type: 'uuid', nullable: true },
    realmId: { type: 'string', length: LIMITS.realmId },
    entity: { type: 'string', length: LIMITS.entity },
    entityId: { type: 'string', length: LIMITS.entityId },
    operation: { type: 'string', length: LIMITS.operation },
    occurredAt: { type: 'datetime', columnType: 'timestamptz', nullable: true },
    receivedAt: { type: 'datetime', columnType: 'timestamptz' },
    outcome: { type: 'text', nullable: true },
    processedAt: { type: 'datetime', columnType: 'timestamptz', nullable: true },
  },
});

import { EntitySchema } from '@mikro-orm/core';
import { accountIdLeadingProperty, tenantOwned } from '../../../../platform/database/tenant-filter';
import { QuickBooksSentMark, SENT_MARK_LIMITS as LIMITS } from '../../domain/quickbooks-sent-mark';

export const QuickBooksSentMarkSchema = new EntitySchema<QuickBooksSentMark>({
  class: QuickBooksSentMark,
  tableName: 'integration_quickbooks_sent_marks',
  ...tenantOwned,
  uniques: [{ name: 'integration_qbo_sent_marks_message_key', properties: ['accountId', 'messageId'] }],
  indexes: [
    {
      name: 'integration_qbo_sent_marks_invoice_idx',
      properties: ['accountId', 'realmId', 'invoiceQuickBooksId'],
    },
  ],
  properties: {
    id: { type: 'uuid', primary: true },
    accountId: accountIdLeadingProperty,
    connectionId: { type: 'uuid' },
    realmId: { type: 'string', length: LIMITS.realmId },
    invoiceId: { type: 'uuid' },
    invoiceQuickBooksId: { type: 'string', length: LIMITS.invoiceQuickBooksId },
    messageId: { type: 'string', length: LIMITS.messageId },
    sentAt: { type: 'datetime', columnType: 'timestamptz' },
    line: { type: 'text' },
    status: { type: 'string', length: 20 },
    baseSyncToken: { type: 'string', length: LIMITS.syncToken, nullable: true },
    baseUpdatedAt: { type: 'datetime', columnType: 'timestamptz', nullable: true },
    note: { type: 'text', nullable: true },
    writtenSyncToken: { type: 'string', length: LIMITS.syncToken, nullable: true },
    outcome: { type: 'text', nullable: true },
    createdAt: { type: 'datetime', columnType: 'timestamptz' },
    processedAt: { type: 'datetime', columnType: 'timestamptz', nullable: true },
  },
});

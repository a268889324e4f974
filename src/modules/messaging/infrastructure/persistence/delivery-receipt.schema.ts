import { EntitySchema } from '@mikro-orm/core';
import { accountIdLeadingProperty, tenantOwned } from '../../../../platform/database/tenant-filter';
import { DeliveryReceipt } from '../../domain/delivery-receipt';

export const RECEIPT_UNIQUE = 'messaging_delivery_receipts_part_status_unique';

/** Receipts per part, once per (part id, status): a resent receipt changes nothing. */
export const DeliveryReceiptSchema = new EntitySchema<DeliveryReceipt>({
  class: DeliveryReceipt,
  tableName: 'messaging_delivery_receipts',
  ...tenantOwned,
  uniques: [{ name: RECEIPT_UNIQUE, properties: ['providerMessageId', 'status'] }],
  indexes: [{ name: 'messaging_delivery_receipts_message_idx', properties: ['accountId', 'messageId'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    accountId: accountIdLeadingProperty,
    messageId: { type: 'uuid' },
    providerMessageId: { type: 'string', length: 40 },
    status: { type: 'string', length: 20 },
    errCode: { type: 'string', length: 10 },
    outcome: { type: 'string', length: 20 },
    at: { type: 'datetime', columnType: 'timestamptz' },
  },
});

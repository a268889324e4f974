import { EntitySchema } from '@mikro-orm/core';
import { accountIdLeadingProperty, tenantOwned } from '../../../../platform/database/tenant-filter';
import { InboundPart } from '../../domain/inbound-part';

export const INBOUND_PART_UNIQUE = 'messaging_inbound_parts_part_unique';

/** Parts of multipart texts from contacts, until the last one comes. */
export const InboundPartSchema = new EntitySchema<InboundPart>({
  class: InboundPart,
  tableName: 'messaging_inbound_parts',
  ...tenantOwned,
  uniques: [{ name: INBOUND_PART_UNIQUE, properties: ['accountId', 'contactNumber', 'concatRef', 'partNumber'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    accountId: accountIdLeadingProperty,
    contactNumber: { type: 'string', length: 20 },
    concatRef: { type: 'string', length: 40 },
    partNumber: { type: 'integer' },
    total: { type: 'integer' },
    text: { type: 'text' },
    providerMessageId: { type: 'string', length: 40 },
    receivedAt: { type: 'datetime', columnType: 'timestamptz' },
  },
});

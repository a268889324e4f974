import { EntitySchema } from '@mikro-orm/core';
import { accountIdLeadingProperty, tenantOwned } from '../../../../platform/database/tenant-filter';
import { SuppressedNumber } from '../../domain/suppressed-number';

export const SuppressedNumberSchema = new EntitySchema<SuppressedNumber>({
  class: SuppressedNumber,
  tableName: 'messaging_suppressed_numbers',
  ...tenantOwned,
  properties: {
    accountId: { ...accountIdLeadingProperty, primary: true },
    number: { type: 'string', length: 20, primary: true },
    reason: { type: 'string', length: 200 },
    suppressedAt: { type: 'datetime', columnType: 'timestamptz' },
  },
});
